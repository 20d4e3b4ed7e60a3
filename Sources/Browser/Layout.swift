import Screen

/// Where the outline, the detail pane and the status line go at a terminal size: the detail
/// pane to the right when the terminal is wide, below when it is narrow, left out when small.
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

    var outline: Area
    var detail: Area?
    var statusRow: Int
    /// The whole screen above the status line, for the source view and lists.
    var body: Area

    init(size: Size) {
        let bodyHeight = max(0, size.height - 1)
        statusRow = bodyHeight
        body = Area(column: 0, row: 0, width: size.width, height: bodyHeight)
        if size.width >= Self.wide {
            let outlineWidth = size.width * 11 / 20
            outline = Area(column: 0, row: 0, width: outlineWidth, height: bodyHeight)
            detail = Area(column: outlineWidth + 1, row: 0, width: size.width - outlineWidth - 1, height: bodyHeight)
        } else if bodyHeight >= 12 {
            let outlineHeight = bodyHeight * 3 / 5
            outline = Area(column: 0, row: 0, width: size.width, height: outlineHeight)
            detail = Area(column: 0, row: outlineHeight + 1, width: size.width, height: bodyHeight - outlineHeight - 1)
        } else {
            outline = body
            detail = nil
        }
    }

    static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }
}
