internal import CYaml

/// Finds YAML aliases (`*name`) with libyaml's scanner before the YAML is composed. Composing
/// copies what an alias names, so a few lines of aliases of aliases can stand for billions of
/// values; map data has no need of them, so they are refused.
enum YAMLAliasScan {
    /// The first alias in `yaml`, or nil when there is none (or the YAML is malformed before
    /// one, which composing then reports).
    static func firstAlias(in yaml: [UInt8]) -> (name: String, position: YAMLPosition)? {
        guard yaml.contains(UInt8(ascii: "*")) else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return yaml.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var token = yaml_token_t()
            while yaml_parser_scan(&parser, &token) == 1 {
                defer { yaml_token_delete(&token) }
                switch token.type {
                case YAML_ALIAS_TOKEN:
                    let name = token.data.alias.value.map { String(cString: $0) } ?? ""
                    let mark = token.start_mark
                    return (name, YAMLPosition(line: mark.line + 1, column: mark.column + 1))
                case YAML_STREAM_END_TOKEN:
                    return nil
                default:
                    continue
                }
            }
            return nil
        }
    }
}
