using System.Globalization;
using System.Numerics;
using System.Xml.Linq;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Reads an SVG document into a flat list of styled outlines: path, rect, circle, ellipse, line, polyline, polygon,
/// nested groups with transforms, <c>use</c> references into <c>defs</c>/<c>symbol</c>, and fill/stroke presentation
/// attributes or <c>style</c> declarations, inherited the CSS way.
/// </summary>
internal static class SvgDocumentReader
{
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private sealed record Style(Color? Fill, double FillOpacity, Color? Stroke, double StrokeWidth, double StrokeOpacity, double Opacity)
    {
        internal static readonly Style Initial = new(new Color(0, 0, 0), 1, null, 1, 1, 1);
    }

    /// <summary>Parses SVG text; throws <see cref="FormatException"/> for malformed documents.</summary>
    internal static List<SvgShape> Read(string svgText)
    {
        XDocument doc;
        try { doc = XDocument.Parse(svgText); }
        catch (System.Xml.XmlException ex) { throw new FormatException($"The SVG is not well-formed XML: {ex.Message}", ex); }
        var root = doc.Root ?? throw new FormatException("The SVG document is empty.");
        var ids = root.DescendantsAndSelf().Where(e => e.Attribute("id") is not null)
            .GroupBy(e => e.Attribute("id")!.Value).ToDictionary(g => g.Key, g => g.First());
        var shapes = new List<SvgShape>();
        Walk(root, Matrix3x2.Identity, Style.Initial, ids, shapes, depth: 0);
        return shapes;
    }

    private static void Walk(XElement e, Matrix3x2 parent, Style parentStyle, Dictionary<string, XElement> ids, List<SvgShape> shapes, int depth,
        string? usedId = null)
    {
        if (depth > 64) throw new FormatException("The SVG nests too deeply (a recursive <use>?).");
        string name = e.Name.LocalName;
        if (name is "defs" or "symbol" or "clipPath" or "mask" or "title" or "desc" or "metadata" or "style" or "linearGradient"
            or "radialGradient" or "pattern" or "marker") return;
        var transform = ParseTransform(e.Attribute("transform")?.Value) * parent;
        var style = ReadStyle(e, parentStyle);
        switch (name)
        {
            case "svg":
            case "g":
            case "a":
            case "switch":
                foreach (var child in e.Elements()) Walk(child, transform, style, ids, shapes, depth + 1, usedId);
                return;
            case "use":
            {
                string? href = (e.Attribute(XLink + "href") ?? e.Attribute("href"))?.Value;
                if (href is null || !href.StartsWith('#') || !ids.TryGetValue(href[1..], out var referenced))
                    throw new FormatException($"<use> refers to \"{href}\", which is not an element id of this SVG.");
                var offset = Matrix3x2.CreateTranslation(Number(e, "x"), Number(e, "y")) * transform;
                if (referenced.Name.LocalName is "symbol" or "defs")
                    foreach (var child in referenced.Elements()) Walk(child, offset, style, ids, shapes, depth + 1, href[1..]);
                else
                    WalkReferenced(referenced, offset, style, ids, shapes, depth + 1, href[1..]);
                return;
            }
        }
        var points = ShapePoints(e);
        if (points is null) return;
        if (points.Count == 0) return;
        var transformed = points.Select(p => { var v = Vector2.Transform(new Vector2(p.X, p.Y), transform); return new Vector3(v, 0); }).ToArray();
        double scale = Math.Sqrt(Math.Abs(transform.GetDeterminant()));
        shapes.Add(new SvgShape(transformed, style.Fill, style.FillOpacity * style.Opacity, style.Stroke, style.StrokeWidth * scale,
            style.StrokeOpacity * style.Opacity, name, usedId));
    }

    // A referenced element is drawn as if it were a child of the <use>: its own transform applies, then the use's.
    private static void WalkReferenced(XElement e, Matrix3x2 useTransform, Style style, Dictionary<string, XElement> ids, List<SvgShape> shapes, int depth,
        string usedId)
    {
        string name = e.Name.LocalName;
        if (name is "defs" or "symbol") return;
        var wrapper = new XElement("g");
        // Walk a detached copy so ancestors in defs are not consulted; the copy keeps its own attributes.
        wrapper.Add(new XElement(e));
        Walk(wrapper, useTransform, style, ids, shapes, depth, usedId);
    }

    private static List<Vector3>? ShapePoints(XElement e)
    {
        switch (e.Name.LocalName)
        {
            case "path":
                return SvgPathParser.Parse(e.Attribute("d")?.Value ?? "");
            case "rect":
            {
                float x = Number(e, "x"), y = Number(e, "y"), w = Number(e, "width"), h = Number(e, "height");
                float rx = Number(e, "rx", float.NaN), ry = Number(e, "ry", float.NaN);
                if (float.IsNaN(rx)) rx = float.IsNaN(ry) ? 0 : ry;
                if (float.IsNaN(ry)) ry = rx;
                rx = Math.Min(rx, w / 2);
                ry = Math.Min(ry, h / 2);
                if (w <= 0 || h <= 0) return [];
                string d = rx > 0 && ry > 0
                    ? Inv($"M{x + rx},{y} H{x + w - rx} A{rx},{ry} 0 0 1 {x + w},{y + ry} V{y + h - ry} A{rx},{ry} 0 0 1 {x + w - rx},{y + h} H{x + rx} A{rx},{ry} 0 0 1 {x},{y + h - ry} V{y + ry} A{rx},{ry} 0 0 1 {x + rx},{y} Z")
                    : Inv($"M{x},{y} H{x + w} V{y + h} H{x} Z");
                return SvgPathParser.Parse(d);
            }
            case "circle":
            {
                float r = Number(e, "r");
                return Ellipse(Number(e, "cx"), Number(e, "cy"), r, r);
            }
            case "ellipse":
                return Ellipse(Number(e, "cx"), Number(e, "cy"), Number(e, "rx"), Number(e, "ry"));
            case "line":
                return SvgPathParser.Parse(Inv($"M{Number(e, "x1")},{Number(e, "y1")} L{Number(e, "x2")},{Number(e, "y2")}"));
            case "polyline":
            case "polygon":
            {
                var nums = (e.Attribute("points")?.Value ?? "").Split([' ', ',', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
                if (nums.Length < 4) return [];
                var d = "M" + string.Join(" L", Enumerable.Range(0, nums.Length / 2).Select(i => nums[2 * i] + "," + nums[2 * i + 1]));
                if (e.Name.LocalName == "polygon") d += " Z";
                return SvgPathParser.Parse(d);
            }
            default:
                return null; // Unknown or non-geometric elements (text, image) are skipped; text should be converted to paths.
        }
    }

    private static List<Vector3> Ellipse(float cx, float cy, float rx, float ry) =>
        rx <= 0 || ry <= 0 ? [] : SvgPathParser.Parse(Inv($"M{cx + rx},{cy} A{rx},{ry} 0 1 1 {cx - rx},{cy} A{rx},{ry} 0 1 1 {cx + rx},{cy} Z"));

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static float Number(XElement e, string attr, float fallback = 0)
    {
        var v = e.Attribute(attr)?.Value;
        return v is null ? fallback : ParseLength(v);
    }

    private static float ParseLength(string v)
    {
        v = v.Trim();
        foreach (var unit in new[] { "px", "pt", "%" })
            if (v.EndsWith(unit, StringComparison.Ordinal)) v = v[..^unit.Length];
        return float.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static Style ReadStyle(XElement e, Style parent)
    {
        var props = new Dictionary<string, string>();
        foreach (var a in new[] { "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "opacity" })
            if (e.Attribute(a)?.Value is { } v) props[a] = v.Trim();
        if (e.Attribute("style")?.Value is { } css)
            foreach (var decl in css.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = decl.IndexOf(':');
                if (colon > 0) props[decl[..colon].Trim()] = decl[(colon + 1)..].Trim();
            }
        var s = parent with { Opacity = 1 };
        double opacity = parent.Opacity;
        if (props.TryGetValue("fill", out var fill)) s = s with { Fill = ParseColor(fill, parent.Fill) };
        if (props.TryGetValue("stroke", out var stroke)) s = s with { Stroke = ParseColor(stroke, parent.Stroke) };
        if (props.TryGetValue("fill-opacity", out var fo)) s = s with { FillOpacity = ParseLength(fo) };
        if (props.TryGetValue("stroke-opacity", out var so)) s = s with { StrokeOpacity = ParseLength(so) };
        if (props.TryGetValue("stroke-width", out var sw)) s = s with { StrokeWidth = ParseLength(sw) };
        if (props.TryGetValue("opacity", out var op)) opacity *= ParseLength(op);
        return s with { Opacity = opacity };
    }

    private static Color? ParseColor(string value, Color? current)
    {
        value = value.Trim();
        switch (value.ToLowerInvariant())
        {
            case "none":
            case "transparent":
                return null;
            case "currentcolor":
            case "inherit":
                return current;
            case "black": return new Color(0, 0, 0);
            case "white": return new Color(1, 1, 1);
            case "red": return new Color(1, 0, 0);
            case "green": return new Color(0, 0.5f, 0);
            case "blue": return new Color(0, 0, 1);
            case "yellow": return new Color(1, 1, 0);
            case "gray" or "grey": return new Color(0.5f, 0.5f, 0.5f);
        }
        if (value.StartsWith("rgb(", StringComparison.OrdinalIgnoreCase) && value.EndsWith(')'))
        {
            var parts = value[4..^1].Split(',').Select(p => p.Trim()).ToArray();
            float C(string p) => p.EndsWith('%') ? float.Parse(p[..^1], CultureInfo.InvariantCulture) / 100f : float.Parse(p, CultureInfo.InvariantCulture) / 255f;
            return new Color(C(parts[0]), C(parts[1]), C(parts[2]));
        }
        if (value.StartsWith("url(", StringComparison.Ordinal)) return current; // Gradients are not supported: keep the inherited colour.
        if (value.StartsWith('#') && value.Length == 4)
            value = "#" + string.Concat(value[1..].Select(ch => $"{ch}{ch}"));
        return Color.Parse(value);
    }

    /// <summary>Parses an SVG transform list into a matrix that maps element coordinates to parent coordinates.</summary>
    internal static Matrix3x2 ParseTransform(string? text)
    {
        var result = Matrix3x2.Identity;
        if (string.IsNullOrWhiteSpace(text)) return result;
        int pos = 0;
        while (pos < text.Length)
        {
            int open = text.IndexOf('(', pos);
            if (open < 0) break;
            int close = text.IndexOf(')', open);
            if (close < 0) throw new FormatException($"Unclosed transform \"{text}\".");
            string name = text[pos..open].Trim().TrimStart(',').Trim();
            var a = text[(open + 1)..close].Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                .Select(s => float.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
            float Deg(float d) => d * MathF.PI / 180;
            var m = name switch
            {
                "matrix" when a.Length == 6 => new Matrix3x2(a[0], a[1], a[2], a[3], a[4], a[5]),
                "translate" => Matrix3x2.CreateTranslation(a[0], a.Length > 1 ? a[1] : 0),
                "scale" => Matrix3x2.CreateScale(a[0], a.Length > 1 ? a[1] : a[0]),
                "rotate" => a.Length >= 3 ? Matrix3x2.CreateRotation(Deg(a[0]), new Vector2(a[1], a[2])) : Matrix3x2.CreateRotation(Deg(a[0])),
                "skewX" => Matrix3x2.CreateSkew(Deg(a[0]), 0),
                "skewY" => Matrix3x2.CreateSkew(0, Deg(a[0])),
                _ => throw new FormatException($"Unknown SVG transform \"{name}\" in \"{text}\"."),
            };
            // In a list, the rightmost transform applies first to the element's coordinates.
            result = m * result;
            pos = close + 1;
        }
        return result;
    }
}
