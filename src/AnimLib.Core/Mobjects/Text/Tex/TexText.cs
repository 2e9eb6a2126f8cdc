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
}
