using System.Numerics;
using AnimLib.Typesetting;

namespace AnimLib;

/// <summary>
/// LaTeX math, compiled with latex and dvisvgm (cached per distinct source) into one filled child per glyph or rule,
/// in the order TeX emits them, centred at the origin. The source is typeset inside <c>align*</c>, so it is in math mode;
/// use <see cref="TexText"/> for text mode. <c>tex[@"\vec{E}"]</c> selects glyphs by substring.
/// </summary>
public class Tex : StringMobject
{
    /// <summary>Scene units per TeX point at font size 1 (ManimGL: one em ≈ 0.01 × font size).</summary>
    internal const double UnitsPerPointPerFontSize = 0.001;

    private readonly IReadOnlyList<TexSymbols.Symbol> _symbols;

    /// <summary>Typesets <paramref name="tex"/> in math mode.</summary>
    /// <param name="tex">LaTeX math, e.g. <c>@"\sum_{j} w_{ij} e_j"</c>.</param>
    /// <param name="fontSize">ManimGL font size (48 default; one em is 0.01 × fontSize units).</param>
    /// <param name="color">Fill colour (white by default).</param>
    /// <param name="t2c">Substrings to colour.</param>
    /// <exception cref="TexCompilationException">LaTeX rejected the source; the message quotes the log.</exception>
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

    /// <inheritdoc/>
    public override IReadOnlyList<(string Symbol, int GlyphCount)> GetSymbols() =>
        _symbols.Where(s => s.Glyphs > 0 || s.Text.StartsWith('\\')).Select(s => (s.Text, s.Glyphs)).ToList();
}
