using System.Runtime.InteropServices;
using HarfBuzzSharp;
using SkiaSharp;
using HbFont = HarfBuzzSharp.Font;

namespace AnimLib.Mobjects;

/// <summary>
/// One resolved face: the Skia typeface that gives glyph outlines and the HarfBuzz font, built from the same font file,
/// that shapes text with it. HarfBuzz works in font units (its scale is the face's units per em); metrics here are in
/// device units at <see cref="TextLayoutEngine.ReferenceSize"/>.
/// </summary>
internal sealed class ShapingFace
{
    private readonly Blob _blob;
    private readonly Face _face;

    internal unsafe ShapingFace(SKTypeface typeface)
    {
        Typeface = typeface;
        using var stream = typeface.OpenStream(out int index)
            ?? throw new NotSupportedException($"The font file of \"{typeface.FamilyName}\" cannot be read, so it cannot be shaped.");
        // Faces live as long as the process (FontLibrary keeps them), so the font file is copied once into native memory
        // that is never freed; the blob, face and font wrappers are kept too, so no finalizer releases what HarfBuzz reads.
        int length = stream.Length;
        nint data = (nint)NativeMemory.Alloc((nuint)length);
        int read = stream.Read(data, length);
        _blob = new Blob(data, read, MemoryMode.ReadOnly);
        _blob.MakeImmutable();
        _face = new Face(_blob, index);
        UnitsPerEm = _face.UnitsPerEm;
        Font = new HbFont(_face);
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        Font.SetFunctionsOpenType();
        Font.TryGetHorizontalFontExtents(out var extents);
        Ascent = FromUnits(extents.Ascender);
        Descent = FromUnits(-extents.Descender);
        LineGap = FromUnits(extents.LineGap);
    }

    /// <summary>The Skia typeface (outlines).</summary>
    internal SKTypeface Typeface { get; }

    /// <summary>The HarfBuzz font (shaping); safe to shape with from several threads at once.</summary>
    internal HbFont Font { get; }

    /// <summary>Font design units per em.</summary>
    internal int UnitsPerEm { get; }

    /// <summary>Height above the baseline, device units at the reference size.</summary>
    internal double Ascent { get; }

    /// <summary>Depth below the baseline (positive), device units at the reference size.</summary>
    internal double Descent { get; }

    /// <summary>The font's recommended extra gap between lines, device units at the reference size.</summary>
    internal double LineGap { get; }

    /// <summary>Converts a HarfBuzz position or advance (font units) to device units at the reference size.</summary>
    internal double FromUnits(int units) => units * TextLayoutEngine.ReferenceSize / UnitsPerEm;

    /// <summary>Whether the face has a glyph for <paramref name="codepoint"/>.</summary>
    internal bool Covers(int codepoint) => Font.TryGetNominalGlyph(codepoint, out uint glyph) && glyph != 0;
}
