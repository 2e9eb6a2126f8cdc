using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// Maps scene points to the pixels of a frame, in perspective: what a mobject needs of the camera to make its display
/// items (see <see cref="IDisplayItemSink"/>). The camera's <c>Projection</c> is one.
/// </summary>
public interface IPixelProjection
{
    /// <summary>Position of the camera's eye in world space.</summary>
    Vector3 EyePosition { get; }

    /// <summary>Unit vector from the frame centre toward the camera.</summary>
    Vector3 TowardCamera { get; }

    /// <summary>Pixels per world unit in the plane through the frame centre facing the camera.</summary>
    float PixelsPerUnit { get; }

    /// <summary>True when <paramref name="point"/> is in front of the camera's eye (points at or behind it cannot be seen).</summary>
    bool IsInFrontOfEye(Vector3 point);

    /// <summary>How much larger than at the frame centre's depth a length at <paramref name="point"/> appears.</summary>
    float PerspectiveScale(Vector3 point);

    /// <summary>Pixel coordinates (y down) of a world point, and its depth toward the camera.</summary>
    (float X, float Y, float Depth) ToPixel(Vector3 point);
}
