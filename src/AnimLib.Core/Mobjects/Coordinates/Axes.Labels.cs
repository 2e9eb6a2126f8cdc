using System.Numerics;

namespace AnimLib.Mobjects;

public partial class Axes
{
    /// <summary>Labels made by <see cref="GetAxisLabels"/> (empty until then).</summary>
    public VGroup AxisLabels { get; protected set; } = new();

    /// <summary>
    /// A <see cref="Tex"/> label for the x axis (ManimGL's <c>get_x_axis_label</c>): placed beside the centre of the axis's
    /// <paramref name="edge"/> (its right end by default) on the <paramref name="direction"/> side (below and to the left by
    /// default) with gap <paramref name="buff"/>. Not added to the axes.
    /// </summary>
    public Tex GetXAxisLabel(string labelTex, Vector3? edge = null, Vector3? direction = null, double buff = Constants.MedSmallBuff,
        double fontSize = 48) =>
        GetXAxisLabel(new Tex(labelTex, fontSize), edge, direction, buff);

    /// <summary>Places <paramref name="label"/> as the x axis's label (see <see cref="GetXAxisLabel(string, Vector3?, Vector3?, double, double)"/>).</summary>
    public T GetXAxisLabel<T>(T label, Vector3? edge = null, Vector3? direction = null, double buff = Constants.MedSmallBuff) where T : Mobject =>
        GetAxisLabel(label, XAxis, edge ?? Directions.Right, direction ?? Directions.DL, buff);

    /// <summary>
    /// A <see cref="Tex"/> label for the y axis (ManimGL's <c>get_y_axis_label</c>): beside the centre of the axis's
    /// <paramref name="edge"/> (its top by default) on the <paramref name="direction"/> side (below and to the right by
    /// default) with gap <paramref name="buff"/>. Not added to the axes.
    /// </summary>
    public Tex GetYAxisLabel(string labelTex, Vector3? edge = null, Vector3? direction = null, double buff = Constants.MedSmallBuff,
        double fontSize = 48) =>
        GetYAxisLabel(new Tex(labelTex, fontSize), edge, direction, buff);

    /// <summary>Places <paramref name="label"/> as the y axis's label (see <see cref="GetYAxisLabel(string, Vector3?, Vector3?, double, double)"/>).</summary>
    public T GetYAxisLabel<T>(T label, Vector3? edge = null, Vector3? direction = null, double buff = Constants.MedSmallBuff) where T : Mobject =>
        GetAxisLabel(label, YAxis, edge ?? Directions.Up, direction ?? Directions.DR, buff);

    /// <summary>
    /// Moves <paramref name="label"/> next to the centre of <paramref name="axis"/>'s <paramref name="edge"/> (of its
    /// bounding box, ticks and tip included) on the <paramref name="direction"/> side, <paramref name="buff"/> away; returns it.
    /// </summary>
    public static T GetAxisLabel<T>(T label, NumberLine axis, Vector3 edge, Vector3 direction, double buff = Constants.MedSmallBuff)
        where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(axis);
        return label.NextTo(axis.GetEdgeCenter(edge), direction, buff);
    }

    /// <summary>
    /// Tex labels for both axes at their default places (ManimGL's <c>get_axis_labels</c>): VGroup(x label, y label), also kept
    /// as <see cref="AxisLabels"/>. Not added to the axes: add them to the scene.
    /// </summary>
    public VGroup GetAxisLabels(string xLabelTex = "x", string yLabelTex = "y", double fontSize = 48)
    {
        AxisLabels = new VGroup(GetXAxisLabel(xLabelTex, fontSize: fontSize), GetYAxisLabel(yLabelTex, fontSize: fontSize));
        return AxisLabels;
    }
}
