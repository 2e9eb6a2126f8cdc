using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Text shaped with HarfBuzz and drawn from the font's own outlines: one filled glyph per visible character (ligatures
/// off, kerning on), in reading order, centred at the origin. <c>text["word"]</c> selects glyphs by substring; <c>"\n"</c> starts a new line.
/// </summary>
public class Text : StringMobject
{
    /// <summary>The face used when none is given: CMU Serif, as in the chapter's videos (any installed family works).</summary>
    public static string DefaultFont { get; set; } = "CMU Serif";

    /// <summary>ManimGL's default font size.</summary>
    public const double DefaultFontSize = 48;

    /// <summary>Sets <paramref name="text"/>.</summary>
    /// <param name="text">The string; whitespace yields no glyph.</param>
    /// <param name="fontSize">Size in points; one em is 0.0076 × fontSize scene units (0.365 at 48).</param>
    /// <param name="font">
    /// A font family name such as "DejaVu Sans"; <see cref="DefaultFont"/> when null. A family that is not installed is
    /// replaced by the system's serif, with one warning on stderr naming the missing font.
    /// </param>
    /// <param name="alignment">Alignment of multiple lines.</param>
    /// <param name="weight">Font weight.</param>
    /// <param name="slant">Upright, oblique or italic.</param>
    /// <param name="color">Fill colour of every glyph (white by default).</param>
    /// <param name="t2c">Substrings to colour, e.g. <c>new() { ["word"] = Palette.Yellow }</c>.</param>
    /// <param name="lineSpacing">
    /// Baseline-to-baseline distance as a multiple of the font's line height (ascent + descent + line gap); 0 stacks
    /// lines at ascent + descent.
    /// </param>
    public Text(string text, double fontSize = DefaultFontSize, string? font = null, TextAlignment alignment = TextAlignment.Center,
        FontWeight weight = FontWeight.Normal, FontSlant slant = FontSlant.Normal, Color? color = null,
        IReadOnlyDictionary<string, Color>? t2c = null, double lineSpacing = 0.96)
        : base(text ?? throw new ArgumentNullException(nameof(text)))
    {
        if (fontSize <= 0) throw new ArgumentOutOfRangeException(nameof(fontSize), fontSize, "Font size must be positive.");
        FontSize = fontSize;
        Font = font ?? DefaultFont;
        var style = new TextLayoutStyle(Font, weight, slant, lineSpacing, alignment);
        var glyphs = TextLayoutEngine.Layout(text, style);
        float scale = (float)(fontSize / TextLayoutEngine.ReferenceSize);
        var offsets = new int[text.Length + 1];
        int g = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            while (g < glyphs.Count && glyphs[g].CharIndex < i) g++;
            offsets[i] = g;
        }
        SetGlyphOffsets(offsets);
        var fill = color ?? Palette.White;
        foreach (var glyph in glyphs)
        {
            var v = new VMobject { Points = glyph.Points.Select(p => p * scale).ToArray() };
            StyleGlyph(v, fill);
            AddCore([v]);
        }
        this.Center();
        if (t2c is not null) SetColorByString(t2c);
    }

    /// <summary>The font size given at creation (scaling the text afterwards does not change it).</summary>
    public double FontSize { get; }

    /// <summary>The font family used.</summary>
    public string Font { get; }

    /// <summary>The source string (ManimGL's <c>get_text</c>).</summary>
    public string GetText() => Source;

    /// <inheritdoc/>
    public override IReadOnlyList<(string Symbol, int GlyphCount)> GetSymbols()
    {
        var symbols = new List<(string, int)>();
        for (int i = 0; i < Source.Length; i++)
        {
            if (char.IsWhiteSpace(Source[i])) continue;
            symbols.Add((Source[i].ToString(), GlyphOffsets[i + 1] - GlyphOffsets[i]));
        }
        return symbols;
    }
}
