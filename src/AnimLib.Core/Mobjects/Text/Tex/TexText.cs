using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// LaTeX in text mode (math between <c>$…$</c>, <c>\\</c> for line breaks, <c>\emph{}</c> for italics), otherwise like
/// <see cref="Tex"/>.
/// </summary>
public class TexText : Tex
{
    /// <summary>Typesets <paramref name="text"/> in text mode.</summary>
    public TexText(string text, double fontSize = 48, Color? color = null, IReadOnlyDictionary<string, Color>? t2c = null)
        : base(text, mathMode: false, fontSize, color, t2c)
    {
    }

    /// <summary>
    /// Typesets the parts as one text, joined with nothing between them (text mode keeps spaces, so write them into the
    /// parts); each part is then selectable with <see cref="Tex.GetPart"/>.
    /// </summary>
    /// <param name="parts">The text's pieces, in order.</param>
    public TexText(params string[] parts)
        : this(parts, fontSize: 48)
    {
    }

    /// <summary>Typesets the parts as one text, with options: <c>new TexText(["Area ", "$= r^2$"], fontSize: 36)</c>.</summary>
    /// <param name="parts">The text's pieces, in order.</param>
    /// <param name="fontSize">ManimGL font size (48 default).</param>
    /// <param name="color">Fill colour (white by default).</param>
    /// <param name="t2c">Substrings of the joined source to colour.</param>
    /// <param name="separator">Put between the parts (nothing by default, as in Manim's Tex).</param>
    public TexText(string[] parts, double fontSize = 48, Color? color = null, IReadOnlyDictionary<string, Color>? t2c = null,
        string separator = "")
        : base(parts, separator, mathMode: false, fontSize, color, t2c)
    {
    }
}
