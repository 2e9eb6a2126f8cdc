using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// LaTeX math, compiled with latex and dvisvgm (cached per distinct source) into one filled child per glyph or rule,
/// in the order TeX emits them, centred at the origin. The source is typeset inside <c>align*</c>, so it is in math mode;
/// use <see cref="TexText"/> for text mode. <c>tex[@"\vec{E}"]</c> selects glyphs by substring.
/// </summary>
public partial class Tex : StringMobject
{
    /// <summary>Scene units per TeX point at font size 1 (ManimGL: one em ≈ 0.01 × font size).</summary>
    internal const double UnitsPerPointPerFontSize = 0.001;

    private readonly IReadOnlyList<TexSymbols.Symbol> _symbols;

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
        if (string.IsNullOrWhiteSpace(source)) return;
        string body = mathMode ? $"\\begin{{align*}}\n{source}\n\\end{{align*}}" : $"\\centering\n{source}";
        string svg = TexCompiler.CompileToSvg(TexCompiler.BuildDocument(body), source);
        double scale = UnitsPerPointPerFontSize * fontSize;
        var fill = color ?? Palette.White;
        foreach (var shape in SvgDocumentReader.Read(svg))
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

    /// <inheritdoc/>
    public override IReadOnlyList<(string Symbol, int GlyphCount)> GetSymbols() =>
        _symbols.Where(s => s.Glyphs > 0 || s.Text.StartsWith('\\')).Select(s => (s.Text, s.Glyphs)).ToList();
}
