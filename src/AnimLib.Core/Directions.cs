using System.Numerics;

namespace AnimLib;

/// <summary>
/// Unit directions of the scene (x right, y up, z toward the viewer), <see cref="Pt"/> for points from doubles, and
/// operators that scale a <see cref="Vector3"/> by a double (<c>Right * 2.5</c>, <c>0.5 * Up</c>, <c>v / 3.0</c>).
/// Diagonals are not normalised.
/// </summary>
/// <remarks>
/// Points are <see cref="Vector3"/> (floats, as the renderer uses) while the numbers of a scene are doubles; without
/// these, every computed coordinate needs a <c>(float)</c> cast.
/// </remarks>
public static class Directions
{
    /// <summary>The point (x, y, z) from doubles: <c>Pt(Math.Cos(t), Math.Sin(t))</c>.</summary>
    /// <param name="x">Rightward coordinate.</param>
    /// <param name="y">Upward coordinate.</param>
    /// <param name="z">Coordinate toward the viewer (0 for points in the plane).</param>
    public static Vector3 Pt(double x, double y, double z = 0) => new((float)x, (float)y, (float)z);

    /// <summary>Scaling a point by a double, so <c>Right * 2.5</c> and <c>Up * Math.Sin(t)</c> need no cast.</summary>
    extension(Vector3)
    {
        /// <summary><paramref name="v"/> scaled by <paramref name="s"/>.</summary>
        public static Vector3 operator *(Vector3 v, double s) => v * (float)s;

        /// <summary><paramref name="v"/> scaled by <paramref name="s"/>.</summary>
        public static Vector3 operator *(double s, Vector3 v) => v * (float)s;

        /// <summary><paramref name="v"/> divided by <paramref name="s"/>.</summary>
        public static Vector3 operator /(Vector3 v, double s) => v / (float)s;
    }

    /// <summary>(0, 0, 0).</summary>
    public static readonly Vector3 Origin = Vector3.Zero;
    /// <summary>(0, 1, 0).</summary>
    public static readonly Vector3 Up = new(0, 1, 0);
    /// <summary>(0, -1, 0).</summary>
    public static readonly Vector3 Down = new(0, -1, 0);
    /// <summary>(1, 0, 0).</summary>
    public static readonly Vector3 Right = new(1, 0, 0);
    /// <summary>(-1, 0, 0).</summary>
    public static readonly Vector3 Left = new(-1, 0, 0);
    /// <summary>(0, 0, 1): toward the viewer.</summary>
    public static readonly Vector3 Out = new(0, 0, 1);
    /// <summary>(0, 0, -1): away from the viewer.</summary>
    public static readonly Vector3 In = new(0, 0, -1);
    /// <summary>Up + Left.</summary>
    public static readonly Vector3 UL = Up + Left;
    /// <summary>Up + Right.</summary>
    public static readonly Vector3 UR = Up + Right;
    /// <summary>Down + Left.</summary>
    public static readonly Vector3 DL = Down + Left;
    /// <summary>Down + Right.</summary>
    public static readonly Vector3 DR = Down + Right;
    /// <summary>Unit x axis.</summary>
    public static readonly Vector3 XAxis = Right;
    /// <summary>Unit y axis.</summary>
    public static readonly Vector3 YAxis = Up;
    /// <summary>Unit z axis.</summary>
    public static readonly Vector3 ZAxis = Out;
}
