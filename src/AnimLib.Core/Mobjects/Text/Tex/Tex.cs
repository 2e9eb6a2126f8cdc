using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// LaTeX math, compiled with latex and dvisvgm (cached per distinct source) into one filled child per glyph or rule,
/// in the order TeX emits them, centred at the origin. The source is typeset inside <c>align*</c>, so it is in math mode;
/// use <see cref="TexText"/> for text mode. <c>tex[@"\vec{E}"]</c> selects glyphs by substring, exactly: the glyphs are
/// identified in a second compile that colours each occurrence (see <see cref="GetGlyphIndices"/>).
/// </summary>
public partial class Tex : StringMobject
{
    /// <summary>Scene units per TeX point at font size 1 (ManimGL: one em ≈ 0.01 × font size).</summary>
    internal const double UnitsPerPointPerFontSize = 0.001;

    private readonly IReadOnlyList<TexSymbols.Symbol> _symbols;
    private readonly bool _mathMode;
    // What each glyph is (its character code in its font, or DviMarks.Rule), in order, to check that the labelled
    // compile set the same glyphs in the same order before its labels are trusted.
    private readonly int[] _glyphCodes = [];

    /// <summary>Typesets <paramref name="tex"/> in math mode.</summary>
    /// <param name="tex">LaTeX math, e.g. <c>@"\sum_{j} w_{ij} e_j"</c>.</param>
    /// <param name="fontSize">ManimGL font size (48 default; one em is 0.01 × fontSize units).</param>
    /// <param name="color">Fill colour (white by default).</param>
    /// <param name="t2c">Substrings to colour.</param>
    /// <exception cref="TexCompilationException">LaTeX rejected the source (the message quotes the log), read a file outside
    /// its working folder and TeX's tree, or ran past <see cref="TexCompiler.Timeout"/>.</exception>
    public Tex(string tex, double fontSize = 48, Color? color = null, IReadOnlyDictionary<string, Color>? t2c = null)
        : this(tex, mathMode: true, fontSize, color, t2c)
    {
    }

    /// <summary>Typesets <paramref name="source"/> in math or text mode.</summary>
    protected Tex(string source, bool mathMode, double fontSize, Color? color, IReadOnlyDictionary<string, Color>? t2c)
        : base(source ?? throw new ArgumentNullException(nameof(source)))
    {
        if (fontSize <= 0) throw new ArgumentOutOfRangeException(nameof(fontSize), fontSize, "Font size must be positive.");
        FontSize = fontSize;
        _symbols = TexSymbols.Tokenize(source);
        SetGlyphOffsets(TexSymbols.GlyphOffsets(source, _symbols));
        _mathMode = mathMode;
        if (string.IsNullOrWhiteSpace(source)) return;
        string svg = TexCompiler.CompileToSvg(TexCompiler.BuildDocument(Body(source, mathMode)), source);
        double scale = UnitsPerPointPerFontSize * fontSize;
        var fill = color ?? Palette.White;
        var shapes = SvgDocumentReader.Read(svg);
        _glyphCodes = shapes.Select(GlyphCode).ToArray();
        foreach (var shape in shapes)
        {
            var glyph = new VMobject
            {
                Points = shape.Points.Select(p => new Vector3((float)(p.X * scale), (float)(-p.Y * scale), 0)).ToArray(),
            };
            StyleGlyph(glyph, fill);
            AddCore([glyph]);
        }
        this.Center();
        if (t2c is not null) SetColorByString(t2c);
    }

    private static string Body(string source, bool mathMode) =>
        mathMode ? $"\\begin{{align*}}\n{source}\n\\end{{align*}}" : $"\\centering\n{source}";

    // dvisvgm draws a character as a <use> of "g{font}-{code}" and a rule as a <rect>.
    private static int GlyphCode(SvgShape shape)
    {
        if (shape.ElementName == "rect") return DviMarks.Rule;
        string? id = shape.UsedId;
        int dash = id?.LastIndexOf('-') ?? -1;
        return dash >= 0 && int.TryParse(id.AsSpan(dash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int code)
            ? code
            : int.MinValue;
    }

    /// <summary>The font size given at creation.</summary>
    public double FontSize { get; }

    /// <summary>The source string (ManimGL's <c>get_tex</c>).</summary>
    public string GetTex() => Source;

    /// <summary>
    /// Replaces the glyphs of the first occurrence of <paramref name="substring"/> (e.g. "180") by a
    /// <see cref="DecimalNumber"/> of the same height, place and colour, with as many decimal places as the substring has
    /// after a ".", and returns it; later <c>SetValue</c> calls update the formula. Substring selection after this call
    /// still counts the original glyphs.
    /// </summary>
    /// <exception cref="ArgumentException">The substring does not occur.</exception>
    public DecimalNumber MakeNumberChangeable(string substring, bool includeSign = false)
    {
        var ranges = GetGlyphRanges(substring);
        if (ranges.Count == 0 || ranges[0].End <= ranges[0].Start)
            throw new ArgumentException($"\"{substring}\" does not occur in \"{Source}\".", nameof(substring));
        var (start, end) = ranges[0];
        var glyphs = new VGroup(Submobjects.Skip(start).Take(end - start).Cast<VMobject>());
        int dot = substring.IndexOf('.');
        int places = dot < 0 ? 0 : substring.Length - dot - 1;
        double.TryParse(substring, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value);
        var first = (VMobject)Submobjects[start];
        var number = new DecimalNumber(value, places, includeSign, color: first.FillColor);
        number.SetHeight(glyphs.GetHeight());
        number.MoveTo(glyphs.GetBoundingBoxPoint(Directions.Left), Directions.Left);
        var children = Submobjects.ToList();
        children.RemoveRange(start, end - start);
        children.Insert(start, number);
        ClearCore();
        AddCore(children);
        return number;
    }

    /// <summary>
    /// The glyphs of every occurrence of <paramref name="substring"/>, read from a compile of the source in which each
    /// occurrence is set in a colour of its own (<see cref="TexLabelling"/>): exact, whatever TeX draws for fractions,
    /// radicals, limits or delimiters. Occurrences starting or ending inside a control word (the "x" of <c>\exp</c>) are
    /// not occurrences. When an occurrence cannot be labelled (its braces or <c>\left</c>/<c>\right</c> do not pair up
    /// inside it, or the labelled source does not compile to the same glyphs in the same order), every occurrence falls
    /// back to ManimGL's estimate from the glyph count of each symbol (<see cref="TexSymbols"/>).
    /// </summary>
    public override IReadOnlyList<IReadOnlyList<int>> GetGlyphIndices(string substring)
    {
        ArgumentException.ThrowIfNullOrEmpty(substring);
        var spans = TexLabelling.Occurrences(Source, substring);
        if (spans.Count == 0) return [];
        return LabelledGlyphs(spans) ?? spans.Select(span => (IReadOnlyList<int>)Enumerable
            .Range(GlyphOffsets[span.Start], Math.Max(0, GlyphOffsets[span.End] - GlyphOffsets[span.Start])).ToArray()).ToList();
    }

    /// <summary>As <see cref="GetGlyphIndices"/>, but null where it would fall back to the estimate.</summary>
    internal IReadOnlyList<IReadOnlyList<int>>? LabelledGlyphIndices(string substring) =>
        LabelledGlyphs(TexLabelling.Occurrences(Source, substring));

    private List<IReadOnlyList<int>>? LabelledGlyphs(IReadOnlyList<(int Start, int End)> spans)
    {
        if (_glyphCodes.Length == 0 || spans.Count == 0) return null;
        string? marked = TexLabelling.Mark(Source, spans);
        if (marked is null) return null;
        IReadOnlyList<DviMark>? marks;
        try
        {
            marks = TexCompiler.CompileMarks(TexCompiler.BuildDocument(TexLabelling.Setup + Body(marked, _mathMode)), Source);
        }
        catch (TexCompilationException)
        {
            return null; // stopped at the time limit: the estimate is still a selection
        }
        if (marks is null || marks.Count != _glyphCodes.Length) return null;
        for (int i = 0; i < marks.Count; i++)
            if (marks[i].Code != _glyphCodes[i]) return null;
        var glyphs = spans.Select(_ => new List<int>()).ToList();
        for (int i = 0; i < marks.Count; i++)
            if (marks[i].Label is int label && label >= 1 && label <= spans.Count) glyphs[label - 1].Add(i);
        return glyphs.Cast<IReadOnlyList<int>>().ToList();
    }

    /// <inheritdoc/>
    public override IReadOnlyList<(string Symbol, int GlyphCount)> GetSymbols() =>
        _symbols.Where(s => s.Glyphs > 0 || s.Text.StartsWith('\\')).Select(s => (s.Text, s.Glyphs)).ToList();
}
