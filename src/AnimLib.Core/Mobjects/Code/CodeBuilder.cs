using System.Numerics;
using System.Text;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Builds the glyphs, line numbers and panel of a <see cref="Code"/>: normalises the text, tokenizes it, lays it out
/// in one pass of the text engine (left aligned, so in a monospace face every character sits on a column grid), and
/// centres the result at the origin.
/// </summary>
internal static class CodeBuilder
{
    // Columns between the widest line number and the code.
    private const int NumberGap = 2;

    /// <summary>The model and children for <paramref name="source"/> set with <paramref name="options"/>, centred at the origin.</summary>
    internal static (CodeModel Model, VMobject? Background, VGroup<VGroup>? LineNumbers, VGroup<VGroup> Body) Build(string source, CodeOptions options)
    {
        string text = Normalize(source, options.TabSize);
        var tokens = CodeHighlighter.Tokenize(text, options.Language, options.Theme);
        var palette = CodeHighlighter.PaletteOf(options.Theme);
        var lineStarts = LineStarts(text);
        var style = new TextLayoutStyle(options.Font, FontWeight.Normal, FontSlant.Normal, options.LineSpacing, TextAlignment.Left);
        var face = FontLibrary.Resolve(options.Font, FontWeight.Normal, FontSlant.Normal);
        float scale = (float)(options.FontSize / TextLayoutEngine.ReferenceSize);
        // Device units at the reference size to scene units at this font size.
        double unit = TextLayoutEngine.UnitsPerPoint * scale;
        double cell = Advance(face) * unit;
        double pitch = (options.LineSpacing > 0 ? options.LineSpacing * (face.Ascent + face.Descent + face.LineGap) : face.Ascent + face.Descent) * unit;
        double lineHeight = (face.Ascent + face.Descent) * unit;

        // Token glyphs: each laid-out glyph goes to the token that holds its character.
        var tokenOf = new int[text.Length];
        Array.Fill(tokenOf, -1);
        for (int t = 0; t < tokens.Count; t++)
            for (int c = tokens[t].Offset; c < tokens[t].Offset + tokens[t].Text.Length; c++) tokenOf[c] = t;
        var glyphsOf = tokens.Select(_ => new List<VMobject>()).ToArray();
        var charsOf = tokens.Select(_ => new List<int>()).ToArray();
        foreach (var glyph in TextLayoutEngine.Layout(text, style))
        {
            int t = tokenOf[glyph.CharIndex];
            if (t < 0) continue;
            glyphsOf[t].Add(Glyph(glyph.Points, scale, tokens[t].Color));
            charsOf[t].Add(glyph.CharIndex);
        }
        var body = new VGroup<VGroup>(glyphsOf.Select(g => new VGroup(g)));

        VGroup<VGroup>? numbers = null;
        int numberColumns = 0;
        if (options.LineNumbers)
        {
            int digits = (options.FirstLineNumber + lineStarts.Length - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            numberColumns = digits + NumberGap;
            // Padded on the left to one width, so a monospace face right-aligns the numbers.
            string column = string.Join('\n', Enumerable.Range(0, lineStarts.Length)
                .Select(i => (options.FirstLineNumber + i).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits)));
            var perLine = Enumerable.Range(0, lineStarts.Length).Select(_ => new List<VMobject>()).ToArray();
            var shift = new Vector3((float)(-numberColumns * cell), 0, 0);
            foreach (var glyph in TextLayoutEngine.Layout(column, style))
            {
                var v = Glyph(glyph.Points, scale, palette.LineNumber);
                v.Shift(shift);
                perLine[glyph.CharIndex / (digits + 1)].Add(v);
            }
            numbers = new VGroup<VGroup>(perLine.Select(g => new VGroup(g)));
        }

        VMobject? background = null;
        if (options.Background)
        {
            int widest = Math.Max(1, Enumerable.Range(0, lineStarts.Length).Max(i => LineLength(text, lineStarts, i)));
            double left = -numberColumns * cell - options.Padding, right = widest * cell + options.Padding;
            double top = options.Padding, bottom = -((lineStarts.Length - 1) * pitch + lineHeight) - options.Padding;
            var panel = new RoundedRectangle(right - left, top - bottom, Math.Min(options.CornerRadius, Math.Min(right - left, top - bottom) / 2));
            panel.MoveTo(new Vector3((float)((left + right) / 2), (float)((top + bottom) / 2), 0));
            panel.FillColor = options.BackgroundColor ?? palette.Background;
            panel.FillOpacity = 1;
            panel.StrokeWidth = 0;
            panel.StrokeOpacity = 0;
            background = panel;
        }

        // Centre everything at the origin; the grid and the reference box move with it.
        var all = new VGroup([.. background is null ? [] : new[] { background }, .. numbers is null ? [] : new[] { numbers }, body]);
        var center = all.GetCenter();
        all.Shift(-center);
        all.ClearCore();
        var (glyphMin, glyphMax) = ReferenceBox(body, numbers, background);
        var model = new CodeModel(text, options, tokens, charsOf.Select(c => c.ToArray()).ToArray(), lineStarts, -center,
            cell, pitch, lineHeight, glyphMin, glyphMax);
        return (model, background, numbers, body);
    }

    /// <summary>Line breaks to <c>\n</c>, tabs to spaces up to the next tab stop, one trailing line break dropped.</summary>
    internal static string Normalize(string source, int tabSize)
    {
        var sb = new StringBuilder(source.Length);
        int column = 0;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n') continue;
            if (c is '\r' or '\n' or '\u2028' or '\u2029')
            {
                sb.Append('\n');
                column = 0;
            }
            else if (c == '\t')
            {
                int spaces = tabSize - column % tabSize;
                sb.Append(' ', spaces);
                column += spaces;
            }
            else
            {
                sb.Append(c);
                column++;
            }
        }
        if (sb.Length > 0 && sb[^1] == '\n') sb.Length--;
        return sb.ToString();
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }

    private static int LineLength(string text, int[] starts, int line) =>
        (line + 1 < starts.Length ? starts[line + 1] - 1 : text.Length) - starts[line];

    // The advance of "M" is the column width of a monospace face (every glyph has it).
    private static double Advance(ShapingFace face) =>
        face.Font.TryGetNominalGlyph('M', out uint glyph) ? face.FromUnits(face.Font.GetHorizontalGlyphAdvance(glyph)) : TextLayoutEngine.ReferenceSize * 0.6;

    private static VMobject Glyph(Vector3[] points, float scale, Color color)
    {
        var pts = new Vector3[points.Length];
        for (int i = 0; i < pts.Length; i++) pts[i] = points[i] * scale;
        // The same style as Text's glyphs: filled, no stroke, a hairline border that keeps thin stems from dropping out.
        return new VMobject { Points = pts, FillColor = color, FillOpacity = 1, StrokeColor = color, StrokeWidth = 0, FillBorderWidth = 0.5 };
    }

    /// <summary>The box around every glyph (code and line numbers), or around the panel when there is none; zero when neither.</summary>
    internal static (Vector3 Min, Vector3 Max) ReferenceBox(VGroup<VGroup> body, VGroup<VGroup>? numbers, VMobject? background)
    {
        var points = body.GetFamily().Concat(numbers?.GetFamily() ?? []).SelectMany(m => m.Points).ToList();
        if (points.Count == 0)
        {
            if (background is null) return (Vector3.Zero, Vector3.Zero);
            var (bMin, _, bMax) = background.GetBoundingBox();
            return (bMin, bMax);
        }
        var min = new Vector3(float.PositiveInfinity);
        var max = new Vector3(float.NegativeInfinity);
        foreach (var p in points)
        {
            min = Vector3.Min(min, p);
            max = Vector3.Max(max, p);
        }
        return (min, max);
    }
}
