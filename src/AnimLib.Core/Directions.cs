using System.Numerics;

namespace AnimLib;

/// <summary>Unit directions of the scene (x right, y up, z toward the viewer). Diagonals are not normalised.</summary>
public static class Directions
{
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
