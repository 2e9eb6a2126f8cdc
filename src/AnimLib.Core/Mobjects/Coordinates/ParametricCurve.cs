using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// The curve t ↦ <c>function(t)</c> over a range: sampled every step (plus both ends), joined as a polyline and
/// smoothed into cubic Beziers. At each listed discontinuity the curve is split into separate sub-paths (ending and
/// starting 1e-8 either side), so jumps and corners stay sharp. Stroke GREY_A width 4 by default.
/// </summary>
public class ParametricCurve : VMobject
{
    private const double Epsilon = 1e-8;

    /// <summary>Creates the curve.</summary>
    /// <param name="function">Maps the parameter to a point.</param>
    /// <param name="tRange">Parameter range and sampling step.</param>
    /// <param name="discontinuities">Parameters where the curve breaks.</param>
    /// <param name="useSmoothing">Smooth the polyline through the samples (true) or keep it jagged.</param>
    public ParametricCurve(Func<double, Vector3> function, AxisRange tRange, IEnumerable<double>? discontinuities = null, bool useSmoothing = true)
    {
        Function = function ?? throw new ArgumentNullException(nameof(function));
        TRange = tRange.Validate(nameof(ParametricCurve));
        var jumps = (discontinuities ?? []).Where(t => t > tRange.Min && t < tRange.Max).Order().ToList();
        var bounds = new List<double> { tRange.Min };
        foreach (double j in jumps)
        {
            bounds.Add(j - Epsilon);
            bounds.Add(j + Epsilon);
        }
        bounds.Add(tRange.Max);
        var points = new List<Vector3>();
        for (int k = 0; k + 1 < bounds.Count; k += 2)
        {
            double t1 = bounds[k], t2 = bounds[k + 1];
            var samples = new List<double>();
            for (int i = 0; ; i++)
            {
                double t = t1 + i * tRange.Step;
                // Drop a sample that would make a vanishing last segment before t2.
                if (t >= t2 - 1e-6 * tRange.Step) break;
                samples.Add(t);
            }
            samples.Add(t2);
            var piece = new VMobject().SetPointsAsCorners(samples.Select(function));
            if (useSmoothing) piece.MakeSmooth();
            points.AddRange(piece.Points);
        }
        Points = [.. points];
    }

    /// <summary>The parametrisation.</summary>
    public Func<double, Vector3> Function { get; }

    /// <summary>Parameter range and sampling step.</summary>
    public AxisRange TRange { get; }
}
