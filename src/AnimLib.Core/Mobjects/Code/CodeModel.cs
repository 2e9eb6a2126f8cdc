using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// What a <see cref="Code"/> was built from and where its character grid lay when it was built ("layout coordinates":
/// the code centred at the origin, before the author moved or scaled it). Immutable, so copies of a Code share it.
/// </summary>
/// <param name="Source">The shown text: line breaks as <c>\n</c>, tabs expanded.</param>
/// <param name="Options">The settings it was built with.</param>
/// <param name="Tokens">Its tokens in reading order; token <c>i</c> is the body's group <c>i</c>.</param>
/// <param name="GlyphChars">For each token, the source index of each of its glyphs.</param>
/// <param name="LineStarts">Source index of the first character of each line.</param>
/// <param name="GridOrigin">Top-left corner of the cell of line 0, column 0, in layout coordinates.</param>
/// <param name="Cell">Width of one column, scene units.</param>
/// <param name="Pitch">Distance from one line to the next, scene units.</param>
/// <param name="LineHeight">Ascent plus descent, scene units.</param>
/// <param name="GlyphMin">Lower corner of the box around every glyph (code and line numbers), layout coordinates.</param>
/// <param name="GlyphMax">Upper corner of that box.</param>
internal sealed record CodeModel(string Source, CodeOptions Options, IReadOnlyList<CodeToken> Tokens, IReadOnlyList<int[]> GlyphChars,
    int[] LineStarts, Vector3 GridOrigin, double Cell, double Pitch, double LineHeight, Vector3 GlyphMin, Vector3 GlyphMax)
{
    /// <summary>Number of lines.</summary>
    internal int LineCount => LineStarts.Length;

    /// <summary>The line (0-based) that holds source index <paramref name="offset"/>.</summary>
    internal int LineOf(int offset)
    {
        int i = Array.BinarySearch(LineStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }
}
