using System.Runtime.InteropServices;

namespace AnimLib.Typesetting;

/// <summary>
/// The few Pango, PangoCairo and GObject entry points text layout needs (cairo's are in CairoNative). Text is laid out by Pango and turned into
/// outlines with <c>pango_cairo_layout_path</c>, so every glyph becomes vector paths, never a bitmap.
/// </summary>
internal static partial class PangoNative
{
    private const string Pango = "libpango-1.0.so.0";
    private const string PangoCairo = "libpangocairo-1.0.so.0";
    private const string GObject = "libgobject-2.0.so.0";

    /// <summary>Pango's fixed-point unit: 1024 per device unit.</summary>
    internal const int Scale = 1024;

    internal const int AlignLeft = 0;
    internal const int AlignCenter = 1;
    internal const int AlignRight = 2;

    private static readonly Lazy<Exception?> LoadFailure = new(Probe);

    /// <summary>Throws a message naming the Debian packages to install when Pango cannot be loaded.</summary>
    internal static void EnsureAvailable()
    {
        if (LoadFailure.Value is { } failure) throw failure;
    }

    private static Exception? Probe()
    {
        foreach (var lib in new[] { Pango, PangoCairo, GObject })
        {
            try { _ = NativeLibrary.Load(lib, typeof(PangoNative).Assembly, null); }
            catch (DllNotFoundException ex)
            {
                return new DllNotFoundException(
                    $"Text needs the Pango text library ({lib}), which could not be loaded. Install the Debian packages " +
                    "libpango-1.0-0 and libpangocairo-1.0-0 (`sudo apt-get install libpango-1.0-0 libpangocairo-1.0-0`, " +
                    $"or run ./scripts/setup). Loader said: {ex.Message}", ex);
            }
        }
        return null;
    }

    /// <summary>A rectangle in Pango units.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct PangoRectangle
    {
        public int X, Y, Width, Height;
    }

    [LibraryImport(PangoCairo)] internal static partial nint pango_cairo_create_layout(nint cr);
    [LibraryImport(PangoCairo)] internal static partial void pango_cairo_layout_path(nint cr, nint layout);

    [LibraryImport(Pango, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint pango_font_description_from_string(string description);
    [LibraryImport(Pango)] internal static partial void pango_font_description_free(nint desc);
    [LibraryImport(Pango)] internal static partial void pango_font_description_set_absolute_size(nint desc, double size);
    [LibraryImport(Pango)] internal static partial void pango_font_description_set_weight(nint desc, int weight);
    [LibraryImport(Pango)] internal static partial void pango_font_description_set_style(nint desc, int style);
    [LibraryImport(Pango)] internal static partial void pango_layout_set_font_description(nint layout, nint desc);
    [LibraryImport(Pango)] internal static partial void pango_layout_set_text(nint layout, byte[] text, int length);
    [LibraryImport(Pango)] internal static partial void pango_layout_set_alignment(nint layout, int alignment);
    [LibraryImport(Pango)] internal static partial void pango_layout_set_line_spacing(nint layout, float factor);
    [LibraryImport(Pango)] internal static partial void pango_layout_set_attributes(nint layout, nint attrs);
    [LibraryImport(Pango)] internal static partial void pango_layout_index_to_pos(nint layout, int index, out PangoRectangle pos);
    [LibraryImport(Pango)] internal static partial int pango_layout_get_baseline(nint layout);
    [LibraryImport(Pango)] internal static partial nint pango_attr_list_new();
    [LibraryImport(Pango)] internal static partial void pango_attr_list_unref(nint list);
    [LibraryImport(Pango)] internal static partial void pango_attr_list_insert(nint list, nint attr);
    [LibraryImport(Pango, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint pango_attr_font_features_new(string features);

    [LibraryImport(GObject)] internal static partial void g_object_unref(nint obj);
}
