using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>Fluent colouring of <see cref="Surface"/>s.</summary>
public static class SurfaceStyle
{
    /// <summary>
    /// Colours the quads in turn, as on a checkerboard (Manim CE's <c>set_fill_by_checkerboard</c>): quad (i, j) takes
    /// <paramref name="colors"/>[(i + j) mod n]. Applies to every surface in the family.
    /// </summary>
    /// <exception cref="ArgumentException">No colour was given.</exception>
    public static T SetFillByCheckerboard<T>(this T m, params IReadOnlyList<Color> colors) where T : Mobject =>
        Checker(m, colors, null);

    /// <summary>Colours the quads in turn (see <see cref="SetFillByCheckerboard{T}(T, IReadOnlyList{Color})"/>) and sets their opacity.</summary>
    public static T SetFillByCheckerboard<T>(this T m, IReadOnlyList<Color> colors, double opacity) where T : Mobject =>
        Checker(m, colors, opacity);

    private static T Checker<T>(T m, IReadOnlyList<Color> colors, double? opacity) where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(colors);
        if (colors.Count == 0) throw new ArgumentException("A checkerboard needs at least one colour.", nameof(colors));
        foreach (var s in m.GetFamily().OfType<Surface>())
        {
            s.CheckerboardColors = [.. colors];
            s.Color = colors[0];
            if (opacity is double o) s.Opacity = o;
        }
        return m;
    }
}
