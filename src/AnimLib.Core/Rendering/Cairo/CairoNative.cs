using System.Runtime.InteropServices;

namespace AnimLib.Rendering.Cairo;

/// <summary>
/// Source-generated bindings to the parts of libcairo the canvas and the PNG tests use.
/// </summary>
/// <remarks>
/// Handles are raw <see cref="nint"/>s rather than SafeHandles: every owner destroys them in a
/// <c>finally</c> within one call, so the finalizer machinery would only add cost.
/// </remarks>
internal static partial class CairoNative
{
    /// <summary>The soname, not the dev symlink <c>libcairo.so</c>, so only the runtime package is needed.</summary>
    internal const string LibraryName = "libcairo.so.2";

    /// <summary>CAIRO_FORMAT_ARGB32: premultiplied 32-bit, native-endian ARGB, i.e. BGRA bytes on x86/ARM.</summary>
    internal const int FormatArgb32 = 0;

    /// <summary>CAIRO_OPERATOR_SOURCE.</summary>
    internal const int OperatorSource = 1;

    /// <summary>CAIRO_OPERATOR_OVER.</summary>
    internal const int OperatorOver = 2;

    /// <summary>CAIRO_LINE_JOIN_ROUND.</summary>
    internal const int LineJoinRound = 1;

    /// <summary>CAIRO_LINE_CAP_ROUND.</summary>
    internal const int LineCapRound = 1;

    /// <summary>CAIRO_FILL_RULE_WINDING.</summary>
    internal const int FillRuleWinding = 0;

    /// <summary>CAIRO_ANTIALIAS_DEFAULT (gray coverage for image surfaces).</summary>
    internal const int AntialiasDefault = 0;

    /// <summary>CAIRO_FILTER_GOOD: smooth image resampling.</summary>
    internal const int FilterGood = 1;

    /// <summary>CAIRO_STATUS_SUCCESS.</summary>
    internal const int StatusSuccess = 0;

    private static readonly Lazy<Exception?> LoadFailure = new(ProbeLibrary);

    /// <summary>
    /// Throws an exception that says how to install cairo when the library cannot be loaded.
    /// </summary>
    /// <remarks>
    /// Without this probe the first P/Invoke would surface a bare <see cref="DllNotFoundException"/>
    /// from deep inside a render, which says nothing about which package is missing.
    /// </remarks>
    /// <exception cref="DllNotFoundException">libcairo.so.2 is not installed or cannot be loaded.</exception>
    internal static void EnsureAvailable()
    {
        if (LoadFailure.Value is { } failure) throw failure;
    }

    /// <summary>Builds the install hint; also used where a call fails despite the probe.</summary>
    internal static DllNotFoundException MissingLibrary(Exception? inner) => new(
        $"The cairo graphics library ({LibraryName}) could not be loaded. Install the Debian package libcairo2 " +
        "with `sudo apt-get install libcairo2` (or run ./scripts/setup)." +
        (inner is null ? "" : $" Loader said: {inner.Message}"),
        inner);

    private static Exception? ProbeLibrary()
    {
        try
        {
            // Loading (and keeping) the handle is harmless: the runtime resolves the same soname later.
            _ = NativeLibrary.Load(LibraryName, typeof(CairoNative).Assembly, null);
            return null;
        }
        catch (DllNotFoundException ex)
        {
            return MissingLibrary(ex);
        }
    }

    /// <summary>Returns cairo's English description of a status code.</summary>
    internal static string StatusToString(int status)
    {
        // The returned pointer is a static string inside cairo and must not be freed.
        nint text = cairo_status_to_string(status);
        return Marshal.PtrToStringUTF8(text) ?? $"cairo status {status}";
    }

    [LibraryImport(LibraryName)]
    internal static unsafe partial nint cairo_image_surface_create_for_data(byte* data, int format, int width, int height, int stride);

    [LibraryImport(LibraryName)]
    internal static partial int cairo_format_stride_for_width(int format, int width);

    [LibraryImport(LibraryName)]
    internal static partial nint cairo_create(nint surface);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_destroy(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_surface_destroy(nint surface);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_surface_flush(nint surface);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_surface_mark_dirty(nint surface);

    [LibraryImport(LibraryName)]
    internal static partial int cairo_surface_status(nint surface);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_source_rgba(nint cr, double red, double green, double blue, double alpha);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_paint(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_operator(nint cr, int op);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_new_path(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_move_to(nint cr, double x, double y);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_curve_to(nint cr, double x1, double y1, double x2, double y2, double x3, double y3);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_close_path(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_fill(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_fill_preserve(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_stroke(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_stroke_preserve(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_line_width(nint cr, double width);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_line_join(nint cr, int lineJoin);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_line_cap(nint cr, int lineCap);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_fill_rule(nint cr, int fillRule);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_antialias(nint cr, int antialias);

    [LibraryImport(LibraryName)]
    internal static partial int cairo_status(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial nint cairo_status_to_string(int status);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial nint cairo_image_surface_create_from_png(string filename);

    [LibraryImport(LibraryName)]
    internal static partial int cairo_image_surface_get_width(nint surface);

    [LibraryImport(LibraryName)]
    internal static partial int cairo_image_surface_get_height(nint surface);

    [LibraryImport(LibraryName)]
    internal static partial int cairo_image_surface_get_stride(nint surface);

    [LibraryImport(LibraryName)]
    internal static unsafe partial byte* cairo_image_surface_get_data(nint surface);

    [LibraryImport(LibraryName, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int cairo_surface_write_to_png(nint surface, string filename);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_save(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_restore(nint cr);

    [LibraryImport(LibraryName)]
    internal static unsafe partial void cairo_transform(nint cr, CairoMatrix* matrix);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_rectangle(nint cr, double x, double y, double width, double height);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_clip(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial nint cairo_image_surface_create(int format, int width, int height);

    /// <summary>cairo_path_t: a status, the path elements (16 bytes each: headers and points) and their count.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct CairoPath
    {
        public int Status;
        public nint Data;
        public int NumData;
    }

    [LibraryImport(LibraryName)]
    internal static partial nint cairo_copy_path(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_path_destroy(nint path);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_arc(nint cr, double xc, double yc, double radius, double angle1, double angle2);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_source_surface(nint cr, nint surface, double x, double y);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_paint_with_alpha(nint cr, double alpha);

    [LibraryImport(LibraryName)]
    internal static partial nint cairo_get_source(nint cr);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_set_source(nint cr, nint pattern);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_pattern_set_filter(nint pattern, int filter);

    [LibraryImport(LibraryName)]
    internal static partial nint cairo_pattern_create_radial(double cx0, double cy0, double radius0, double cx1, double cy1, double radius1);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_pattern_add_color_stop_rgba(nint pattern, double offset, double red, double green, double blue, double alpha);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_pattern_destroy(nint pattern);

    [LibraryImport(LibraryName)]
    internal static partial nint cairo_pattern_create_mesh();

    [LibraryImport(LibraryName)]
    internal static partial void cairo_mesh_pattern_begin_patch(nint pattern);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_mesh_pattern_end_patch(nint pattern);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_mesh_pattern_move_to(nint pattern, double x, double y);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_mesh_pattern_line_to(nint pattern, double x, double y);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_mesh_pattern_set_corner_color_rgba(nint pattern, uint cornerNum, double red, double green, double blue, double alpha);

    [LibraryImport(LibraryName)]
    internal static partial void cairo_line_to(nint cr, double x, double y);
}

/// <summary>cairo_matrix_t: x' = xx·x + xy·y + x0, y' = yx·x + yy·y + y0.</summary>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
internal struct CairoMatrix
{
    public double XX;
    public double YX;
    public double XY;
    public double YY;
    public double X0;
    public double Y0;
}
