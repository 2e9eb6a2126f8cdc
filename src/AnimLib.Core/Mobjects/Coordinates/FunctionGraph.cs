using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>The graph of y = f(x) drawn by an <see cref="Axes"/> (<see cref="Axes.GetGraph"/>); remembers f for <see cref="Axes.InputToGraphPoint"/>.</summary>
public class FunctionGraph : ParametricCurve
{
    /// <summary>Creates the graph of <paramref name="function"/> mapped through <paramref name="toPoint"/>.</summary>
    public FunctionGraph(Func<double, double> function, Func<double, double, Vector3> toPoint, AxisRange xRange,
        IEnumerable<double>? discontinuities = null, bool useSmoothing = true)
        : base(x => toPoint(x, function(x)), xRange, discontinuities, useSmoothing)
    {
        UnderlyingFunction = function;
    }

    /// <summary>f, in data coordinates.</summary>
    public Func<double, double> UnderlyingFunction { get; }
}
