using System.Collections.Concurrent;
using System.Numerics;
using System.Text;
using static AnimLib.Rendering.Cairo.CairoNative;
using static AnimLib.Typesetting.PangoNative;

namespace AnimLib.Typesetting;

/// <summary>How a run of text is set: face, weight, slant, line spacing and alignment.</summary>
internal sealed record TextLayoutStyle(string Font, int Weight, int Slant, double LineSpacing, int Alignment);

/// <summary>One visible glyph of a laid-out text: the index of the character it came from and its outline.</summary>
/// <param name="CharIndex">Index into the source string (UTF-16) of the character that produced the glyph.</param>
/// <param name="Points">Cubic Bezier points in scene units at the reference size, y up, relative to the layout's top-left.</param>
internal readonly record struct LaidOutGlyph(int CharIndex, Vector3[] Points);

/// <summary>
/// Lays text out with Pango and returns one outline per visible character. Outlines are computed once per
/// (face, weight, slant, character) at <see cref="ReferenceSize"/> and cached; a layout only positions them, so a
/// paragraph or a changing number costs one Pango layout and no new outline extraction.
/// </summary>
internal static class TextLayoutEngine
{
    /// <summary>The font size (in points) outlines are computed at; callers scale by <c>fontSize / ReferenceSize</c>.</summary>
    internal const double ReferenceSize = 48;

    /// <summary>Scene units per point of font size, ManimGL's scale for Text (one em ≈ 0.0076 × font size).</summary>
    internal const double UnitsPerPoint = 0.0076;

    // Pango's font map and cairo contexts are not safe to share between threads; layouts are cheap, so serialize them.
    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<(TextLayoutStyle Style, string Glyph), (Vector3[] Points, PangoRectangle Rect)> Outlines = new();
    private static nint _surface, _cr;

    /// <summary>Lays out <paramref name="text"/> and returns its visible glyphs in reading order.</summary>
    internal static List<LaidOutGlyph> Layout(string text, TextLayoutStyle style)
    {
        var result = new List<LaidOutGlyph>();
        if (text.Length == 0) return result;
        lock (Gate)
        {
            EnsureContext();
            var (bytes, starts) = Utf8WithOffsets(text);
            nint layout = CreateLayout(style, bytes);
            try
            {
                for (int i = 0; i < text.Length; i++)
                {
                    if (char.IsLowSurrogate(text[i])) continue;
                    string glyph = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? text.Substring(i, 2) : text[i].ToString();
                    if (string.IsNullOrWhiteSpace(glyph)) continue;
                    var (outline, ownRect) = GetOutline(style, glyph);
                    if (outline.Length == 0) continue;
                    pango_layout_index_to_pos(layout, starts[i], out var pos);
                    float dx = (pos.X - ownRect.X) / (float)Scale, dy = (pos.Y - ownRect.Y) / (float)Scale;
                    var pts = new Vector3[outline.Length];
                    for (int k = 0; k < pts.Length; k++)
                        pts[k] = ToSceneUnits(outline[k] + new Vector3(dx, dy, 0));
                    result.Add(new LaidOutGlyph(i, pts));
                }
            }
            finally
            {
                g_object_unref(layout);
            }
        }
        return result;
    }

    private static Vector3 ToSceneUnits(Vector3 device) =>
        new((float)(device.X * UnitsPerPoint), (float)(-device.Y * UnitsPerPoint), 0);

    private static (Vector3[] Points, PangoRectangle Rect) GetOutline(TextLayoutStyle style, string glyph) =>
        Outlines.GetOrAdd((style, glyph), key =>
        {
            var (bytes, _) = Utf8WithOffsets(key.Glyph);
            nint layout = CreateLayout(key.Style, bytes);
            try
            {
                pango_layout_index_to_pos(layout, 0, out var rect);
                cairo_new_path(_cr);
                cairo_move_to(_cr, 0, 0);
                pango_cairo_layout_path(_cr, layout);
                nint path = cairo_copy_path(_cr);
                try
                {
                    var subpaths = CairoPathReader.Read(path);
                    return (subpaths.SelectMany(s => s).ToArray(), rect);
                }
                finally
                {
                    cairo_path_destroy(path);
                    cairo_new_path(_cr);
                }
            }
            finally
            {
                g_object_unref(layout);
            }
        });

    private static nint CreateLayout(TextLayoutStyle style, byte[] utf8)
    {
        nint layout = pango_cairo_create_layout(_cr);
        nint desc = pango_font_description_from_string(style.Font);
        pango_font_description_set_absolute_size(desc, ReferenceSize * Scale);
        pango_font_description_set_weight(desc, style.Weight);
        pango_font_description_set_style(desc, style.Slant);
        pango_layout_set_font_description(layout, desc);
        pango_font_description_free(desc);
        // One glyph per character: ligatures would merge letters and break the character-to-glyph mapping.
        nint attrs = pango_attr_list_new();
        pango_attr_list_insert(attrs, pango_attr_font_features_new("liga 0, clig 0, dlig 0, hlig 0"));
        pango_layout_set_attributes(layout, attrs);
        pango_attr_list_unref(attrs);
        pango_layout_set_alignment(layout, style.Alignment);
        if (style.LineSpacing > 0) pango_layout_set_line_spacing(layout, (float)style.LineSpacing);
        pango_layout_set_text(layout, utf8, utf8.Length);
        return layout;
    }

    private static void EnsureContext()
    {
        if (_cr != 0) return;
        AnimLib.Rendering.Cairo.CairoNative.EnsureAvailable();
        PangoNative.EnsureAvailable();
        _surface = cairo_image_surface_create(0, 1, 1);
        _cr = cairo_create(_surface);
    }

    private static (byte[] Bytes, int[] Starts) Utf8WithOffsets(string text)
    {
        var starts = new int[text.Length + 1];
        int offset = 0;
        for (int i = 0; i < text.Length; i++)
        {
            starts[i] = offset;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                starts[i + 1] = offset;
                offset += 4;
                i++;
                continue;
            }
            offset += Encoding.UTF8.GetByteCount(text.AsSpan(i, 1));
        }
        starts[text.Length] = offset;
        return (Encoding.UTF8.GetBytes(text), starts);
    }
}
