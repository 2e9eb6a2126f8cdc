using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>Styling methods of mobjects; they act on every vector member of the family by default and return the receiver.</summary>
public static class MobjectStyle
{
    private static IEnumerable<VMobject> VectorMembers(Mobject m, bool recurse) =>
        (recurse ? m.GetFamily() : [m]).OfType<VMobject>();

    /// <summary>Sets fill colour, opacity and border width (null keeps the current value).</summary>
    public static T SetFill<T>(this T m, Color? color = null, double? opacity = null, double? borderWidth = null, bool recurse = true) where T : Mobject
    {
        foreach (var v in VectorMembers(m, recurse))
        {
            if (color is Color c) v.FillColor = c;
            if (opacity is double o) v.FillOpacity = o;
            if (borderWidth is double b) v.FillBorderWidth = b;
        }
        return m;
    }

    /// <summary>Sets stroke colour, width, opacity and whether it is painted behind the fill (null keeps the current value).</summary>
    public static T SetStroke<T>(this T m, Color? color = null, double? width = null, double? opacity = null, bool? behind = null, bool recurse = true) where T : Mobject
    {
        foreach (var v in VectorMembers(m, recurse))
        {
            if (color is Color c) v.StrokeColor = c;
            if (width is double w)
            {
                v.StrokeWidth = w;
                v.StrokeWidths = null;
            }
            if (opacity is double o) v.StrokeOpacity = o;
            if (behind is bool b) v.StrokeBehind = b;
        }
        return m;
    }

    /// <summary>Sets stroke widths that vary along each path (resampled over its points), e.g. <c>[0, 6, 0]</c> for a taper.</summary>
    public static T SetStroke<T>(this T m, double[] widths, Color? color = null, double? opacity = null, bool recurse = true) where T : Mobject
    {
        if (widths.Length == 0) throw new ArgumentException("At least one stroke width is needed.", nameof(widths));
        foreach (var v in VectorMembers(m, recurse))
        {
            v.StrokeWidth = widths.Max();
            v.StrokeWidths = (double[])widths.Clone();
            if (color is Color c) v.StrokeColor = c;
            if (opacity is double o) v.StrokeOpacity = o;
        }
        return m;
    }

    /// <summary>A stroke painted behind the fill (black, width 3 by default): an outline that keeps text readable over busy backgrounds.</summary>
    public static T SetBackstroke<T>(this T m, Color? color = null, double width = 3) where T : Mobject =>
        m.SetStroke(color ?? Palette.Black, width, behind: true);

    /// <summary>Sets fill and stroke at once.</summary>
    public static T SetStyle<T>(this T m, Color? fillColor = null, double? fillOpacity = null, Color? strokeColor = null,
        double? strokeWidth = null, double? strokeOpacity = null, bool recurse = true) where T : Mobject
    {
        m.SetFill(fillColor, fillOpacity, recurse: recurse);
        return m.SetStroke(strokeColor, strokeWidth, strokeOpacity, recurse: recurse);
    }

    /// <summary>Sets the colour (fill and stroke for vector mobjects) of the family, and their opacity when given.</summary>
    public static T SetColor<T>(this T m, Color color, double? opacity = null, bool recurse = true) where T : Mobject
    {
        foreach (var x in recurse ? m.GetFamily() : [m]) x.SetColorOwn(color, opacity);
        return m;
    }

    /// <summary>Sets fill and stroke opacity of the family to <paramref name="opacity"/> (absolute).</summary>
    public static T SetOpacity<T>(this T m, double opacity, bool recurse = true) where T : Mobject
    {
        foreach (var x in recurse ? m.GetFamily() : [m]) x.SetOpacityOwn(opacity);
        return m;
    }

    /// <summary>Multiplies fill and stroke opacity of vector members by <c>1 - darkness</c>.</summary>
    public static T Fade<T>(this T m, double darkness = 0.5, bool recurse = true) where T : Mobject
    {
        foreach (var v in VectorMembers(m, recurse))
        {
            v.FillOpacity *= 1 - darkness;
            v.StrokeOpacity *= 1 - darkness;
        }
        return m;
    }

    /// <summary>Takes <paramref name="other"/>'s representative colour.</summary>
    public static T MatchColor<T>(this T m, Mobject other) where T : Mobject => m.SetColor(other.GetColor());

    /// <summary>Copies fill and stroke style member by member from <paramref name="other"/> (families matched by position, last member reused).</summary>
    public static T MatchStyle<T>(this T m, VMobject other) where T : Mobject
    {
        var mine = VectorMembers(m, true).ToList();
        var theirs = VectorMembers(other, true).Where(v => v.HasPoints).DefaultIfEmpty(other).ToList();
        for (int i = 0; i < mine.Count; i++)
            mine[i].CopyStyleFrom(theirs[Math.Min(i, theirs.Count - 1)]);
        return m;
    }

    /// <summary>Colours the children with evenly spaced colours along a gradient through <paramref name="colors"/>.</summary>
    public static T SetSubmobjectColorsByGradient<T>(this T m, params Color[] colors) where T : Mobject
    {
        var subs = m.Submobjects;
        var gradient = Color.Gradient(colors, subs.Count);
        for (int i = 0; i < subs.Count; i++) subs[i].SetColor(gradient[i]);
        return m;
    }

    /// <summary>Alias of <see cref="SetSubmobjectColorsByGradient{T}"/> for groups.</summary>
    public static T SetColorByGradient<T>(this T m, params Color[] colors) where T : Mobject => m.SetSubmobjectColorsByGradient(colors);
}
