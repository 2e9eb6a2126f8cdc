using System.Numerics;

namespace AnimLib;

/// <summary>
/// The camera's frame: a mobject (so it can be moved, scaled, animated and given updaters) whose five points are its
/// centre and the midpoints of its edges, axis-aligned in world space regardless of the view orientation.
/// </summary>
public class CameraFrame : Mobject
{
    /// <summary>Creates a frame of the given size centred at the origin.</summary>
    public CameraFrame(double width = Constants.FrameWidth, double height = Constants.FrameHeight)
    {
        DefaultWidth = width;
        DefaultHeight = height;
        ResetPoints();
    }

    /// <summary>Width of the frame at its default state.</summary>
    public double DefaultWidth { get; }

    /// <summary>Height of the frame at its default state.</summary>
    public double DefaultHeight { get; }

    /// <summary>Rotation from camera axes (x right, y up, z toward the viewer) to world axes.</summary>
    public Quaternion Orientation { get; set; } = Quaternion.Identity;

    /// <summary>Vertical field of view in radians (45° by default).</summary>
    public double FieldOfView { get; set; } = 45 * Constants.Degrees;

    /// <summary>Zoom factor: current height over the default height.</summary>
    public double ScaleFactor => GetHeight() / DefaultHeight;

    /// <summary>Distance from the frame centre to the camera's eye: (height / 2) / tan(fov / 2).</summary>
    public double FocalDistance => GetHeight() / 2 / Math.Tan(FieldOfView / 2);

    private void ResetPoints()
    {
        float w = (float)DefaultWidth / 2, h = (float)DefaultHeight / 2;
        Points = [Vector3.Zero, new(-w, 0, 0), new(w, 0, 0), new(0, -h, 0), new(0, h, 0)];
    }

    /// <summary>Returns the frame to its default size, position and orientation.</summary>
    public CameraFrame ToDefaultState()
    {
        ResetPoints();
        Orientation = Quaternion.Identity;
        return this;
    }

    /// <summary>Camera-to-world rotation as a matrix (System.Numerics row-vector convention).</summary>
    public Matrix4x4 GetRotationMatrix() => Matrix4x4.CreateFromQuaternion(Orientation);

    /// <summary>Unit vector from the frame centre toward the camera.</summary>
    public Vector3 GetTowardCamera() => Vector3.Transform(Directions.Out, Orientation);

    /// <summary>Position of the camera's eye in world space.</summary>
    public Vector3 GetCameraPosition() => GetCenter() + GetTowardCamera() * (float)FocalDistance;

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        if (start is not CameraFrame a || end is not CameraFrame b) return;
        // Normalised linear interpolation along the shorter arc.
        var qb = Quaternion.Dot(a.Orientation, b.Orientation) < 0 ? Quaternion.Negate(b.Orientation) : b.Orientation;
        Orientation = Quaternion.Normalize(Quaternion.Lerp(a.Orientation, qb, (float)alpha));
        FieldOfView = VectorMath.Lerp(a.FieldOfView, b.FieldOfView, alpha);
    }

    /// <inheritdoc/>
    public override void AlignPointsWith(Mobject other)
    {
        // Frames always have the same five points.
    }
}
