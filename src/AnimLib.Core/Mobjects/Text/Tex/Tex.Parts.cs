using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>Formulas written as several strings, each a part that can be selected on its own (Manim's <c>MathTex(*strings)</c>).</summary>
public partial class Tex
{
    // Null for a formula made from one string: it is then its own single part.
    private string[]? _partSources;
    private int[]? _partStarts;

    /// <summary>
    /// Typesets the parts as one formula (joined with a space, which math mode ignores) and remembers where each came
    /// from: <c>new Tex("a^2", "+", "b^2")</c>, then <c>GetPart(2)</c> is the glyphs of "b^2".
    /// </summary>
    /// <param name="parts">The formula's pieces, in order; each may be any LaTeX that is valid once they are joined.</param>
    /// <exception cref="TexCompilationException">LaTeX rejected the joined formula.</exception>
    public Tex(params string[] parts)
        : this(parts, fontSize: 48)
    {
    }

    /// <summary>
    /// Typesets the parts as one formula, with options: <c>new Tex(["E", "=", "mc^2"], fontSize: 72)</c>.
    /// </summary>
    /// <param name="parts">The formula's pieces, in order.</param>
    /// <param name="fontSize">ManimGL font size (48 default).</param>
    /// <param name="color">Fill colour (white by default).</param>
    /// <param name="t2c">Substrings of the joined source to colour.</param>
    /// <param name="separator">Put between the parts (Manim's <c>arg_separator</c>); a space keeps <c>"\alpha", "b"</c> from
    /// running together as <c>\alphab</c>.</param>
    /// <exception cref="TexCompilationException">LaTeX rejected the joined formula.</exception>
    public Tex(string[] parts, double fontSize = 48, Color? color = null, IReadOnlyDictionary<string, Color>? t2c = null,
        string separator = " ")
        : this(parts, separator, mathMode: true, fontSize, color, t2c)
    {
    }

    /// <summary>Typesets <paramref name="parts"/>, joined by <paramref name="separator"/>, in math or text mode.</summary>
    protected Tex(string[] parts, string separator, bool mathMode, double fontSize, Color? color, IReadOnlyDictionary<string, Color>? t2c)
        : this(Join(parts, separator), mathMode, fontSize, color, t2c)
    {
        _partSources = (string[])parts.Clone();
        _partStarts = new int[parts.Length];
        for (int i = 1; i < parts.Length; i++) _partStarts[i] = _partStarts[i - 1] + parts[i - 1].Length + separator.Length;
    }

    /// <summary>The source of each part, in order (one part, the whole source, for a formula made from one string).</summary>
    public IReadOnlyList<string> PartSources => _partSources ?? [Source];

    /// <summary>Number of parts.</summary>
    public int PartCount => PartSources.Count;

    /// <summary>
    /// The glyphs part <paramref name="index"/> produced (supports <c>^1</c>): the selection <c>tex[part]</c> makes for that
    /// part's own occurrence in the source. A part that draws nothing (e.g. <c>"{}"</c>) gives an empty group.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such part.</exception>
    public VGroup GetPart(Index index)
    {
        var sources = PartSources;
        int i = index.GetOffset(sources.Count);
        if (i < 0 || i >= sources.Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The formula has {sources.Count} part(s).");
        int start = _partStarts?[i] ?? 0;
        string part = sources[i];
        return SourceSpans.Select(this, GlyphOffsets, start, part);
    }

    /// <summary>Every part's glyphs, in order (<see cref="GetPart"/> of each).</summary>
    public VGroup<VGroup> GetParts() => new(Enumerable.Range(0, PartCount).Select(i => GetPart(i)));

    private static string Join(string[] parts, string separator)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(separator);
        if (parts.Length == 0) throw new ArgumentException("A formula needs at least one part.", nameof(parts));
        if (parts.Any(p => p is null)) throw new ArgumentNullException(nameof(parts), "A part is null.");
        return string.Join(separator, parts);
    }
}
