using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>A line drawn as dashes; each dash is a child <see cref="VMobject"/>.</summary>
public class DashedLine : Line
{
    /// <summary>Creates a dashed line.</summary>
    /// <param name="start">Start point (Left by default).</param>
    /// <param name="end">End point (Right by default).</param>
    /// <param name="dashLength">Length of one dash.</param>
    /// <param name="positiveSpaceRatio">Fraction of each dash period that is drawn.</param>
    /// <param name="buff">Length trimmed from each end.</param>
    /// <param name="color">Stroke colour.</param>
    /// <param name="strokeWidth">Stroke width.</param>
    public DashedLine(Vector3? start = null, Vector3? end = null, double dashLength = 0.05, double positiveSpaceRatio = 0.5,
        double buff = 0, Color? color = null, double? strokeWidth = null)
        : base(start, end, buff, 0, color, strokeWidth)
    {
        var full = Points;
        var a = full[0];
        var b = full[^1];
        double length = Vector3.Distance(a, b);
        int count = Math.Max(1, (int)Math.Ceiling(length / (dashLength / positiveSpaceRatio)));
        // Dashes are spread so the first starts at the start and the last ends at the end.
        double period = count > 1 ? (length - length / count * positiveSpaceRatio) / (count - 1) : length;
        double dash = length / count * positiveSpaceRatio;
        var unit = length > 0 ? (b - a) / (float)length : Vector3.Zero;
        for (int i = 0; i < count; i++)
        {
            var s = a + unit * (float)(i * period);
            var piece = new VMobject().SetPointsAsCorners([s, s + unit * (float)dash]);
            piece.MatchStyle(this);
            this.Add(piece);
        }
        Points = [];
    }

    /// <inheritdoc/>
    public override Vector3 GetStart() => Submobjects.Count > 0 ? Submobjects[0].GetStart() : base.GetStart();

    /// <inheritdoc/>
    public override Vector3 GetEnd() => Submobjects.Count > 0 ? Submobjects[^1].GetEnd() : base.GetEnd();
}
