using System.Text;
using HarfBuzzSharp;
using HbBuffer = HarfBuzzSharp.Buffer;

namespace AnimLib.Mobjects;

/// <summary>
/// Shapes one line with HarfBuzz: kerning on, ligatures off so every character keeps a glyph of its own, clusters kept
/// per character so each glyph maps back to the UTF-16 index that produced it. Characters the face lacks are shaped
/// with a face the system has for them, in runs of their own.
/// </summary>
internal static class LineShaper
{
    // Tabs advance to the next multiple of eight spaces from the start of the line.
    private const int TabSpaces = 8;

    private static readonly Feature[] Features =
        [new(Tag.Parse("liga"), 0), new(Tag.Parse("clig"), 0), new(Tag.Parse("dlig"), 0), new(Tag.Parse("hlig"), 0)];

    /// <summary>Shapes <c>text[start..end]</c> (no line breaks inside) with <paramref name="primary"/> and its fallbacks.</summary>
    internal static ShapedLine Shape(string text, int start, int end, ShapingFace primary)
    {
        var glyphs = new List<ShapedGlyph>();
        double pen = 0;
        foreach (var (runStart, runEnd, face) in Runs(text, start, end, primary))
        {
            using var buffer = new HbBuffer();
            buffer.ClusterLevel = ClusterLevel.MonotoneCharacters;
            // The whole string is passed as context (for contextual forms); only the run is shaped, and clusters are
            // indices into the whole string.
            AddRun(buffer, text, runStart, runEnd - runStart);
            buffer.GuessSegmentProperties();
            face.Font.Shape(buffer, Features);
            var infos = buffer.GlyphInfos;
            var positions = buffer.GlyphPositions;
            for (int i = 0; i < infos.Length; i++)
            {
                int cluster = (int)infos[i].Cluster;
                if (text[cluster] == '\t')
                {
                    double tab = TabSpaces * SpaceAdvance(primary);
                    pen = (Math.Floor(pen / tab + 1e-9) + 1) * tab;
                    continue;
                }
                glyphs.Add(new ShapedGlyph(face, (ushort)infos[i].Codepoint, cluster,
                    pen + Round(face, positions[i].XOffset), -Round(face, positions[i].YOffset)));
                pen += Round(face, positions[i].XAdvance);
            }
        }
        return new ShapedLine(glyphs, pen);
    }

    // Advances and offsets are whole device units at the reference size (1/48 em), as text has always been set in
    // AnimLib: widths, kerning and line breaks stay what existing scenes were laid out with.
    private static double Round(ShapingFace face, int units) => Math.Floor(face.FromUnits(units) + 0.5);

    private static unsafe void AddRun(HbBuffer buffer, string text, int start, int length)
    {
        fixed (char* chars = text) buffer.AddUtf16((nint)chars, text.Length, start, length);
    }

    private static double SpaceAdvance(ShapingFace face) =>
        face.Font.TryGetNominalGlyph(' ', out uint space) ? Round(face, face.Font.GetHorizontalGlyphAdvance(space)) : TextLayoutEngine.ReferenceSize / 4;

    // Splits the line into runs that one face covers. Whitespace and marks stay with the run they are in, so a space
    // between two fallback characters does not split their run.
    private static IEnumerable<(int Start, int End, ShapingFace Face)> Runs(string text, int start, int end, ShapingFace primary)
    {
        int runStart = start;
        ShapingFace? runFace = null;
        for (int i = start; i < end;)
        {
            // A lone surrogate decodes as U+FFFD and is shaped as such.
            Rune.DecodeFromUtf16(text.AsSpan(i, end - i), out var rune, out int consumed);
            ShapingFace? face = null;
            if (!Rune.IsWhiteSpace(rune) && !Rune.IsControl(rune) && Rune.GetUnicodeCategory(rune) is not
                    (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
                face = primary.Covers(rune.Value) ? primary : FontLibrary.ForCharacter(primary, rune.Value) ?? primary;
            if (face is not null && runFace is not null && face != runFace)
            {
                yield return (runStart, i, runFace);
                runStart = i;
            }
            runFace = face ?? runFace;
            i += consumed;
        }
        if (end > runStart) yield return (runStart, end, runFace ?? primary);
    }
}
