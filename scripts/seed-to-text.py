#!/usr/bin/env python3
"""Turn the four seed documents into the readable texts under Resources/sources/.

Run once from the repository root: python3 scripts/seed-to-text.py ../shared/seeds
Each output opens with one line naming the original document; the rest is the
document's text, unaltered in substance (the digest's HTML becomes plain text).
"""
import difflib, html, json, re, sys
from html.parser import HTMLParser
from pathlib import Path

SEEDS = {
    "000_be00ca647059b88d.txt": ("overview.txt", "an overview page on pre-training scaling versus post-training RL, from a wiki of AI agent concepts"),
    "001_ab371079c6f573a0.txt": ("report.txt", "a research report comparing the labs' positions on scaling and post-training, with a May 2026 supplement"),
    "002_0e51be89dc3e2d4d.txt": ("thread.txt", "a forum thread: are frontier LLMs text predictors with some post-training, or RL models initialised with a text predictor?"),
    "003_9e1618847d845b12.txt": ("digest.txt", None),
}

class TextOf(HTMLParser):
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "tr"}
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
    def handle_starttag(self, tag, attrs):
        if tag == "li":
            self.parts.append("\n- ")
        elif tag in self.BLOCKS:
            self.parts.append("\n")
        elif tag == "br":
            self.parts.append("\n")
    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.parts.append("\n")
    def handle_data(self, data):
        self.parts.append(data)
    def text(self):
        joined = "".join(self.parts)
        lines = [re.sub(r"[ \t]+", " ", line).strip() for line in joined.split("\n")]
        return "\n".join(line for line in lines if line) + "\n"

def thread_once(lines):
    """The thread's two copies merged into one: every line of the first, plus the lines only the second has."""
    half = len(lines) // 2
    first, second = lines[:half], lines[half:]
    merged = []
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(None, first, second, autojunk=False).get_opcodes():
        merged += first[a1:a2]
        if op in ("insert", "replace"):
            merged += second[b1:b2]
    return merged

def main(seed_dir):
    out_dir = Path("Resources/sources")
    out_dir.mkdir(parents=True, exist_ok=True)
    for seed, (name, about) in SEEDS.items():
        raw = (Path(seed_dir) / seed).read_text(encoding="utf-8")
        if seed.startswith("003"):
            post = json.loads(raw)
            parser = TextOf()
            parser.feed(post["content"]["rendered"])
            title = html.unescape(post["title"]["rendered"])
            header = f"Source: seed document {seed}, a research digest post, \"{title}\" ({post['link']}), dated {post['date'][:10]}; its HTML content as plain text."
            body = title + "\n" + parser.text()
        elif seed.startswith("002"):
            header = (f"Source: seed document {seed}, {about}; the seed holds the thread twice, "
                      "kept here once, with the lines only one copy has in their places.")
            body = "\n".join(thread_once(raw.rstrip("\n").split("\n"))) + "\n"
        else:
            header = f"Source: seed document {seed}, {about}; text as received."
            body = raw if raw.endswith("\n") else raw + "\n"
        (out_dir / name).write_text(header + "\n" + body, encoding="utf-8")
        print(out_dir / name)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/seeds")
