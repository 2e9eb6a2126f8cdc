using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Several lines of <see cref="Text"/>, one string each, flush left unless <c>alignment</c> says otherwise (Manim's
/// Paragraph). It is one <see cref="Text"/> whose lines are joined by <c>"\n"</c>, so substring selection,
/// <c>t2c</c> and <c>Write</c> work as for any text; <see cref="GetLine"/> gives one line's glyphs.
/// </summary>
/// <remarks>Children are glyphs, as for any <see cref="Text"/>: <c>paragraph[0]</c> is the first glyph, <c>GetLine(0)</c> the first line.</remarks>
public class Paragraph : Text
{
    private readonly string[] _lines;

    /// <summary>Lines flush left at the default size: <c>new Paragraph("First line", "second, longer line")</c>.</summary>
    /// <param name="lines">The lines, top to bottom (none may contain "\n").</param>
    public Paragraph(params string[] lines)
        : this(lines, TextAlignment.Left)
    {
    }

    /// <summary>Lines with options: <c>new Paragraph(["a", "bcd"], alignment: TextAlignment.Center, lineSpacing: 1.5)</c>.</summary>
    /// <param name="lines">The lines, top to bottom (none may contain "\n").</param>
    /// <param name="alignment">How the lines line up (flush left by default).</param>
    /// <param name="lineSpacing">Baseline-to-baseline distance as a multiple of the font's line height (see <see cref="Text"/>).</param>
    /// <param name="fontSize">Size in points.</param>
    /// <param name="font">Font family (<see cref="Text.DefaultFont"/> when null).</param>
    /// <param name="weight">Font weight.</param>
    /// <param name="slant">Upright, oblique or italic.</param>
    /// <param name="color">Fill colour of every glyph (white by default).</param>
    /// <param name="t2c">Substrings to colour.</param>
    /// <exception cref="ArgumentException">There are no lines, or a line contains "\n".</exception>
    public Paragraph(string[] lines, TextAlignment alignment = TextAlignment.Left, double lineSpacing = 0.96,
        double fontSize = DefaultFontSize, string? font = null, FontWeight weight = FontWeight.Normal,
        FontSlant slant = FontSlant.Normal, Color? color = null, IReadOnlyDictionary<string, Color>? t2c = null)
        : base(JoinLines(lines), fontSize, font, alignment, weight, slant, color, t2c, lineSpacing)
    {
        _lines = (string[])lines.Clone();
        Alignment = alignment;
    }

    /// <summary>The lines, top to bottom.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>How the lines line up.</summary>
    public TextAlignment Alignment { get; }

    /// <summary>The glyphs of line <paramref name="index"/> (supports <c>^1</c>); a blank line gives an empty group.</summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such line.</exception>
    public VGroup GetLine(Index index)
    {
        int i = index.GetOffset(_lines.Length);
        if (i < 0 || i >= _lines.Length)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The paragraph has {_lines.Length} line(s).");
        int start = _lines.Take(i).Sum(l => l.Length + 1);
        string line = _lines[i];
        return SourceSpans.Select(this, GlyphOffsets, start, line);
    }

    /// <summary>Every line's glyphs, top to bottom (Manim's <c>paragraph.chars</c>, one group per line).</summary>
    public VGroup<VGroup> GetLines() => new(Enumerable.Range(0, _lines.Length).Select(i => GetLine(i)));

    private static string JoinLines(string[] lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Length == 0) throw new ArgumentException("A paragraph needs at least one line.", nameof(lines));
        if (lines.Any(l => l is null)) throw new ArgumentNullException(nameof(lines), "A line is null.");
        if (lines.Any(l => l.Contains('\n')))
            throw new ArgumentException("A line contains \"\\n\"; give each line as its own string.", nameof(lines));
        return string.Join('\n', lines);
    }
}
