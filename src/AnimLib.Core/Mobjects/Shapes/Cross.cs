using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>Two diagonal strokes covering a mobject's box, tapered 0 → 6 → 0 (red by default): "this is wrong".</summary>
public class Cross : VGroup
{
    /// <summary>Creates a cross over <paramref name="mobject"/>.</summary>
    public Cross(Mobject mobject, Color? strokeColor = null, double[]? strokeWidths = null)
    {
        var a = new Line(Directions.UL, Directions.DR);
        var b = new Line(Directions.UR, Directions.DL);
        a.InsertNCurves(20);
        b.InsertNCurves(20);
        this.Add(a, b);
        this.Replace(mobject, stretch: true);
        this.SetStroke(strokeWidths ?? [0, 6, 0], strokeColor ?? Palette.Red);
    }
}
