namespace AnimLib.Mobjects;

/// <summary>How a run of text is set: family, weight, slant, line spacing and alignment.</summary>
/// <param name="Font">The requested font family (a missing family falls back to a serif, see <see cref="FontLibrary"/>).</param>
/// <param name="Weight">The requested weight.</param>
/// <param name="Slant">Upright, oblique or italic.</param>
/// <param name="LineSpacing">Baseline-to-baseline distance as a multiple of the font's line height; 0 or less stacks lines at ascent + descent.</param>
/// <param name="Alignment">How the lines of a multi-line text line up.</param>
internal sealed record TextLayoutStyle(string Font, FontWeight Weight, FontSlant Slant, double LineSpacing, TextAlignment Alignment);
