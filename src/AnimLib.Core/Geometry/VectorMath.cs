using System.Numerics;

namespace AnimLib.Geometry;

/// <summary>Small vector helpers over <see cref="Vector3"/> that the engine and scenes share.</summary>
public static class VectorMath
{
    /// <summary>Shorthand constructor from doubles.</summary>
    public static Vector3 Vec(double x, double y, double z = 0) => new((float)x, (float)y, (float)z);

    /// <summary>Unit vector in the direction of <paramref name="v"/>, or <paramref name="fallback"/> (zero by default) for a zero vector.</summary>
    public static Vector3 Normalize(Vector3 v, Vector3 fallback = default)
    {
        float len = v.Length();
        return len < 1e-9f ? fallback : v / len;
    }

    /// <summary>Linear interpolation <c>a + (b - a) t</c> with a double parameter.</summary>
    public static Vector3 Lerp(Vector3 a, Vector3 b, double t) => a + (b - a) * (float)t;

    /// <summary>Scalar interpolation.</summary>
    public static double Lerp(double a, double b, double t) => a + (b - a) * t;

    /// <summary>Where <paramref name="value"/> lies between <paramref name="a"/> and <paramref name="b"/> (0 at a, 1 at b).</summary>
    public static double InverseLerp(double a, double b, double value) => Math.Abs(b - a) < 1e-12 ? 0 : (value - a) / (b - a);

    /// <summary>Rotation matrix of <paramref name="angle"/> radians about <paramref name="axis"/> (right-hand rule).</summary>
    public static Matrix4x4 RotationMatrix(double angle, Vector3 axis)
    {
        var unit = Normalize(axis, Directions.Out);
        return Matrix4x4.CreateFromAxisAngle(unit, (float)angle);
    }

    /// <summary>Rotates <paramref name="v"/> by <paramref name="angle"/> radians about <paramref name="axis"/> (through the origin).</summary>
    public static Vector3 Rotate(Vector3 v, double angle, Vector3 axis) => Vector3.Transform(v, RotationMatrix(angle, axis));

    /// <summary>Angle of the projection of <paramref name="v"/> onto the xy plane, measured from +x (atan2).</summary>
    public static double AngleOf(Vector3 v) => Math.Atan2(v.Y, v.X);

    /// <summary>Unsigned angle between two vectors in radians.</summary>
    public static double AngleBetween(Vector3 a, Vector3 b)
    {
        double d = Vector3.Dot(Normalize(a), Normalize(b));
        return Math.Acos(Math.Clamp(d, -1.0, 1.0));
    }

    /// <summary>Unit vector at <paramref name="angle"/> radians in the xy plane.</summary>
    public static Vector3 UnitAt(double angle) => new((float)Math.Cos(angle), (float)Math.Sin(angle), 0);

    /// <summary>A unit vector perpendicular to <paramref name="v"/>.</summary>
    public static Vector3 AnyPerpendicular(Vector3 v)
    {
        var c = Vector3.Cross(v, Directions.Out);
        if (c.LengthSquared() < 1e-12f) c = Vector3.Cross(v, Directions.Right);
        return Normalize(c);
    }

    /// <summary>Component by index (0 = x, 1 = y, 2 = z).</summary>
    public static float Get(this Vector3 v, int dim) => dim switch
    {
        0 => v.X,
        1 => v.Y,
        2 => v.Z,
        _ => throw new ArgumentOutOfRangeException(nameof(dim), dim, "Dimension must be 0, 1 or 2."),
    };

    /// <summary>Copy of <paramref name="v"/> with the component <paramref name="dim"/> replaced.</summary>
    public static Vector3 With(this Vector3 v, int dim, float value) => dim switch
    {
        0 => new Vector3(value, v.Y, v.Z),
        1 => new Vector3(v.X, value, v.Z),
        2 => new Vector3(v.X, v.Y, value),
        _ => throw new ArgumentOutOfRangeException(nameof(dim), dim, "Dimension must be 0, 1 or 2."),
    };

    /// <summary>Sign of each component (-1, 0 or 1).</summary>
    public static Vector3 Sign(Vector3 v) => new(MathF.Sign(v.X), MathF.Sign(v.Y), MathF.Sign(v.Z));

    /// <summary>The sum of <paramref name="points"/> (zero for none).</summary>
    public static Vector3 Sum(ReadOnlySpan<Vector3> points)
    {
        var sum = Vector3.Zero;
        foreach (var p in points) sum += p;
        return sum;
    }

    /// <summary>Midpoint of two points.</summary>
    public static Vector3 Midpoint(Vector3 a, Vector3 b) => (a + b) * 0.5f;

    /// <summary>
    /// The point on a circular arc from <paramref name="start"/> to <paramref name="end"/> subtending
    /// <paramref name="angle"/> (rotation about <paramref name="axis"/>), at parameter <paramref name="t"/>.
    /// </summary>
    public static Vector3 ArcPoint(Vector3 start, Vector3 end, double angle, Vector3 axis, double t)
    {
        if (Math.Abs(angle) < 1e-6) return Lerp(start, end, t);
        var unitAxis = Normalize(axis, Directions.Out);
        var chord = end - start;
        var mid = (start + end) * 0.5f;
        // Centre of the circle through start and end whose chord subtends the angle.
        var toCentre = Vector3.Cross(unitAxis, chord) * (float)(0.5 / Math.Tan(angle / 2));
        var centre = mid + toCentre;
        return centre + Rotate(start - centre, angle * t, unitAxis);
    }
}
