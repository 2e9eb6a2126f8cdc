using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Cameras;

/// <summary>
/// Perspective projection through a <see cref="CameraFrame"/> onto a pixel grid: points in the plane through the frame
/// centre facing the camera appear at exactly frame scale; nearer points appear larger.
/// </summary>
public readonly struct Projection : IPixelProjection
{
    private readonly Vector3 _center;
    private readonly Vector3 _right;
    private readonly Vector3 _up;
    private readonly Vector3 _toward;
    private readonly float _halfWidth;
    private readonly float _halfHeight;
    private readonly float _focal;
    private readonly float _pixelWidth;
    private readonly float _pixelHeight;

    /// <summary>Sets up the projection of <paramref name="frame"/> onto <paramref name="pixelWidth"/> × <paramref name="pixelHeight"/> pixels.</summary>
    public Projection(CameraFrame frame, int pixelWidth, int pixelHeight)
    {
        _center = frame.GetCenter();
        var q = frame.Orientation;
        _right = Vector3.Transform(Directions.Right, q);
        _up = Vector3.Transform(Directions.Up, q);
        _toward = Vector3.Transform(Directions.Out, q);
        float height = (float)frame.GetHeight();
        _halfHeight = height / 2;
        _halfWidth = _halfHeight * pixelWidth / pixelHeight;
        _focal = (float)frame.FocalDistance;
        _pixelWidth = pixelWidth;
        _pixelHeight = pixelHeight;
    }

    /// <summary>Position of the camera's eye in world space.</summary>
    public Vector3 EyePosition => _center + _toward * _focal;

    /// <summary>Unit vector from the frame centre toward the camera.</summary>
    public Vector3 TowardCamera => _toward;

    /// <summary>Pixels per world unit in the plane through the frame centre facing the camera.</summary>
    public float PixelsPerUnit => _pixelHeight / (2 * _halfHeight);

    /// <summary>True when <paramref name="point"/> is in front of the camera's eye (points at or behind it cannot be seen).</summary>
    public bool IsInFrontOfEye(Vector3 point) => Vector3.Dot(point - _center, _toward) < _focal * 0.999f;

    /// <summary>How much larger than at the frame centre's depth a length at <paramref name="point"/> appears (1 / perspective divisor).</summary>
    public float PerspectiveScale(Vector3 point)
    {
        float depth = Vector3.Dot(point - _center, _toward);
        return 1 / MathF.Max(1 - depth / _focal, 1e-3f);
    }

    /// <summary>Pixel coordinates (y down) of a world point, and its depth toward the camera.</summary>
    public (float X, float Y, float Depth) ToPixel(Vector3 point)
    {
        var d = point - _center;
        float depth = Vector3.Dot(d, _toward);
        // Points at or behind the eye are pushed just in front of it rather than flipped.
        float w = MathF.Max(1 - depth / _focal, 1e-3f);
        float ndcX = Vector3.Dot(d, _right) / _halfWidth / w;
        float ndcY = Vector3.Dot(d, _up) / _halfHeight / w;
        return ((ndcX + 1) * 0.5f * _pixelWidth, (1 - ndcY) * 0.5f * _pixelHeight, depth);
    }
}
