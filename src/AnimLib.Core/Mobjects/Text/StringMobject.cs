using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A typeset string whose children are its visible glyphs in reading order (filled outlines, white, no stroke). The
/// base of <see cref="Text"/>, <c>Tex</c> and <c>TexText</c>: it knows which glyphs each part of the
/// source string produced, so <c>mob["substring"]</c> selects them.
/// </summary>
public abstract class StringMobject : VGroup<VMobject>
{
    private int[] _glyphOffsets = [0];

    /// <summary>Creates an empty string mobject for <paramref name="source"/>; subclasses add the glyphs.</summary>
    protected StringMobject(string source)
    {
        Source = source;
    }

    /// <summary>The source string as written by the author (markup included for Tex).</summary>
    public string Source { get; }

    /// <summary>
    /// Number of glyphs produced by the source before each character: <c>GlyphOffsets[i]</c> glyphs come from
    /// <c>Source[..i]</c>; the array has <c>Source.Length + 1</c> entries.
    /// </summary>
    protected IReadOnlyList<int> GlyphOffsets => _glyphOffsets;

    /// <summary>Sets the character-to-glyph map (see <see cref="GlyphOffsets"/>).</summary>
    protected void SetGlyphOffsets(int[] offsets)
    {
        if (offsets.Length != Source.Length + 1)
            throw new ArgumentException($"Expected {Source.Length + 1} offsets, got {offsets.Length}.", nameof(offsets));
        _glyphOffsets = offsets;
    }

    /// <summary>
    /// Every occurrence of <paramref name="substring"/> in the source (exact, case-sensitive, non-overlapping, left to
    /// right), each as a group of the glyphs it produced. An absent substring gives an empty group.
    /// </summary>
    public VGroup<VGroup> this[string substring] => Select(substring);

    /// <inheritdoc cref="this[string]"/>
    public VGroup<VGroup> Select(string substring)
    {
        int n = Submobjects.Count;
        return new(GetGlyphIndices(substring).Select(glyphs => new VGroup(glyphs.Where(i => i < n).Select(i => (VMobject)Submobjects[i]))));
    }

    /// <summary>
    /// The glyph indices (ascending) of every occurrence of <paramref name="substring"/>, as <see cref="this[string]"/>
    /// selects them. The glyphs of one occurrence are usually consecutive, but need not be: TeX may set a fraction's
    /// numerator, an operator's upper limit or an accent before glyphs that come earlier in the source.
    /// </summary>
    public virtual IReadOnlyList<IReadOnlyList<int>> GetGlyphIndices(string substring)
    {
        ArgumentException.ThrowIfNullOrEmpty(substring);
        var found = new List<IReadOnlyList<int>>();
        int at = 0, n = Submobjects.Count;
        while ((at = Source.IndexOf(substring, at, StringComparison.Ordinal)) >= 0)
        {
            int start = Math.Min(_glyphOffsets[at], n), end = Math.Min(_glyphOffsets[at + substring.Length], n);
            found.Add(Enumerable.Range(start, Math.Max(0, end - start)).ToArray());
            at += substring.Length;
        }
        return found;
    }

    /// <summary>
    /// The glyph index ranges [Start, End) of every occurrence of <paramref name="substring"/>: from its first glyph to
    /// just after its last (see <see cref="GetGlyphIndices"/>); an occurrence without glyphs gives an empty range.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> GetGlyphRanges(string substring) =>
        GetGlyphIndices(substring).Select(g => g.Count == 0 ? (0, 0) : (g[0], g[^1] + 1)).ToList();

    /// <summary>Colours every occurrence of <paramref name="substring"/> (the <c>t2c</c> of ManimGL).</summary>
    public StringMobject SetColorByString(string substring, Color color)
    {
        foreach (var part in Select(substring)) part.SetColor(color);
        return this;
    }

    /// <summary>Colours each key of <paramref name="map"/> with its value.</summary>
    public StringMobject SetColorByString(IReadOnlyDictionary<string, Color> map)
    {
        foreach (var (s, c) in map) SetColorByString(s, c);
        return this;
    }

    /// <summary>
    /// The source split into symbols with the number of glyphs each produces, in order; used to match strings in
    /// <c>TransformMatchingStrings</c>. Symbols that produce no glyph are included with a count of 0.
    /// </summary>
    public abstract IReadOnlyList<(string Symbol, int GlyphCount)> GetSymbols();

    /// <summary>Gives glyphs the standard text style: white fill, no stroke, a thin border in the fill colour.</summary>
    protected static void StyleGlyph(VMobject glyph, Color color)
    {
        glyph.FillColor = color;
        glyph.FillOpacity = 1;
        glyph.StrokeColor = color;
        glyph.StrokeWidth = 0;
        glyph.FillBorderWidth = 0.5;
    }

    /// <inheritdoc/>
    protected override void CopyOwnedFields()
    {
        base.CopyOwnedFields();
        _glyphOffsets = (int[])_glyphOffsets.Clone();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name}(\"{(Source.Length > 30 ? Source[..30] + "…" : Source)}\")";
}
