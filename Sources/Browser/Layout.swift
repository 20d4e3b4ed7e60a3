import Screen

/// Where the outline, the detail pane and the status line go at a terminal size: the detail
/// pane to the right when the terminal is wide, below when it is narrow, left out when small
/// or hidden. A one-column gutter left of the outline marks the cursor row.
struct Layout: Hashable, Sendable {
    struct Area: Hashable, Sendable {
        var column: Int
        var row: Int
        var width: Int
        var height: Int

        func contains(column x: Int, row y: Int) -> Bool {
            x >= column && x < column + width && y >= row && y < row + height
        }
    }

    static let minimum = Size(width: 20, height: 5)
    static let wide = 100

    /// The outline's rows, right of the gutter.
    var outline: Area
    var detail: Area?
    var statusRow: Int
    /// The whole screen above the status line, for the source view and lists.
    var body: Area

    init(size: Size, showsDetail: Bool = true) {
        let bodyHeight = max(0, size.height - 1)
        statusRow = bodyHeight
        body = Area(column: 0, row: 0, width: size.width, height: bodyHeight)
        var outlineArea = body
        if !showsDetail {
            detail = nil
        } else if size.width >= Self.wide {
            let outlineWidth = size.width * 11 / 20
            // A column of space before the separator, so a row's end never touches it.
            outlineArea.width = outlineWidth - 1
            detail = Area(column: outlineWidth + 1, row: 0, width: size.width - outlineWidth - 1, height: bodyHeight)
        } else if bodyHeight >= 12 {
            let outlineHeight = bodyHeight * 3 / 5
            outlineArea.height = outlineHeight
            detail = Area(column: 0, row: outlineHeight + 1, width: size.width, height: bodyHeight - outlineHeight - 1)
        } else {
            detail = nil
        }
        outlineArea.column += 1
        outlineArea.width = max(0, outlineArea.width - 1)
        outline = outlineArea
    }

    /// The column left of the outline that holds the selection mark.
    var gutterColumn: Int { outline.column - 1 }

    /// The outline's rows with the gutter before them: where a click selects a row.
    var outlineRows: Area { Area(column: gutterColumn, row: outline.row, width: outline.width + 1, height: outline.height) }

    static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }
}
