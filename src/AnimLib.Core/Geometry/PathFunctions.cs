using System.Numerics;

namespace AnimLib.Geometry;

/// <summary>How a point travels from its start to its end during a transform.</summary>
/// <param name="start">Start position.</param>
/// <param name="end">End position.</param>
/// <param name="alpha">Progress in [0, 1] (already eased).</param>
public delegate Vector3 PathFunc(Vector3 start, Vector3 end, double alpha);

/// <summary>Built-in path functions.</summary>
public static class PathFunctions
{
    /// <summary>Straight line from start to end.</summary>
    public static readonly PathFunc Straight = (a, b, t) => VectorMath.Lerp(a, b, t);

    /// <summary>Each point moves on a circular arc of <paramref name="angle"/> radians about <paramref name="axis"/> (Out by default).</summary>
    public static PathFunc Arc(double angle, Vector3? axis = null)
    {
        if (Math.Abs(angle) < 1e-6) return Straight;
        var ax = axis ?? Directions.Out;
        return (a, b, t) => VectorMath.ArcPoint(a, b, angle, ax, t);
    }
}
