using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Cameras;

/// <summary>
/// The camera's frame: a mobject (so it can be moved, scaled, animated and given updaters) whose five points are its
/// centre and the midpoints of its edges, axis-aligned in world space regardless of the view orientation.
/// </summary>
/// <remarks>
/// The view direction is <see cref="Orientation"/>, a rotation from camera axes (x right, y up, z toward the viewer) to
/// world axes, set with ManimGL's Euler angles through <see cref="Reorient"/>: with the default floor plane xy the
/// convention is "zxz", R = Rz(θ)·Rx(φ)·Rz(γ); after <see cref="SetFloorPlane"/>("xz") it is "zxy",
/// R = Ry(θ)·Rx(φ)·Rz(γ). Animating a frame (<c>frame.Animate().Reorient(...)</c>) interpolates the three Euler
/// angles, each the short way round, so a camera swinging around the scene keeps its elevation.
/// </remarks>
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

    /// <summary>The Euler convention of <see cref="Reorient"/> and <see cref="GetEulerAngles"/>: "zxz" (floor plane xy, the default) or "zxy" (floor plane xz).</summary>
    public string EulerAxes { get; private set; } = "zxz";

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

    // ---------------------------------------------------------------- orientation

    /// <summary>
    /// Chooses the plane treated as the floor: "xy" (the default; Euler convention "zxz", θ spins about z) or "xz"
    /// (convention "zxy", θ swings the camera about the vertical y axis). The current view is kept.
    /// </summary>
    /// <exception cref="ArgumentException">Any other plane.</exception>
    public CameraFrame SetFloorPlane(string plane)
    {
        EulerAxes = plane switch
        {
            "xy" => "zxz",
            "xz" => "zxy",
            _ => throw new ArgumentException($"Floor plane \"{plane}\" is not supported: use \"xy\" or \"xz\".", nameof(plane)),
        };
        return this;
    }

    /// <summary>
    /// Sets the view from Euler angles in degrees (ManimGL's <c>reorient</c>): an angle left null keeps its current value;
    /// then moves the centre to <paramref name="center"/> and sets the frame height to <paramref name="height"/> when given.
    /// </summary>
    public CameraFrame Reorient(double? thetaDeg = null, double? phiDeg = null, double? gammaDeg = null, Vector3? center = null, double? height = null)
    {
        var (theta, phi, gamma) = GetEulerAngles();
        SetEulerAngles(
            thetaDeg is double t ? t * Constants.Degrees : theta,
            phiDeg is double p ? p * Constants.Degrees : phi,
            gammaDeg is double g ? g * Constants.Degrees : gamma);
        if (center is Vector3 c) this.MoveTo(c);
        if (height is double h) this.SetHeight(h);
        return this;
    }

    /// <summary>Sets the view from Euler angles in radians in the active convention (see <see cref="EulerAxes"/>).</summary>
    public CameraFrame SetEulerAngles(double theta, double phi, double gamma)
    {
        Orientation = EulerToQuaternion(EulerAxes, theta, phi, gamma);
        return this;
    }

    /// <summary>Sets θ (radians), keeping φ and γ.</summary>
    public CameraFrame SetTheta(double theta) { var e = GetEulerAngles(); return SetEulerAngles(theta, e.Phi, e.Gamma); }

    /// <summary>Sets φ (radians), keeping θ and γ.</summary>
    public CameraFrame SetPhi(double phi) { var e = GetEulerAngles(); return SetEulerAngles(e.Theta, phi, e.Gamma); }

    /// <summary>Sets γ (radians), keeping θ and φ.</summary>
    public CameraFrame SetGamma(double gamma) { var e = GetEulerAngles(); return SetEulerAngles(e.Theta, e.Phi, gamma); }

    /// <summary>Adds <paramref name="dTheta"/> radians to θ.</summary>
    public CameraFrame IncrementTheta(double dTheta) { var e = GetEulerAngles(); return SetEulerAngles(e.Theta + dTheta, e.Phi, e.Gamma); }

    /// <summary>Adds <paramref name="dPhi"/> radians to φ, clamped to [0, π] ("zxz") or [−π/2, π/2] ("zxy").</summary>
    public CameraFrame IncrementPhi(double dPhi)
    {
        var e = GetEulerAngles();
        double phi = EulerAxes == "zxz" ? Math.Clamp(e.Phi + dPhi, 0, Math.PI) : Math.Clamp(e.Phi + dPhi, -Math.PI / 2, Math.PI / 2);
        return SetEulerAngles(e.Theta, phi, e.Gamma);
    }

    /// <summary>Adds <paramref name="dGamma"/> radians to γ.</summary>
    public CameraFrame IncrementGamma(double dGamma) { var e = GetEulerAngles(); return SetEulerAngles(e.Theta, e.Phi, e.Gamma + dGamma); }

    /// <summary>
    /// The Euler angles (θ, φ, γ) in radians of the current orientation in the active convention. θ and γ are in
    /// (−π, π]; φ is in [0, π] for "zxz" and [−π/2, π/2] for "zxy". Where θ and γ are not separable (gimbal lock)
    /// γ is reported as 0.
    /// </summary>
    public (double Theta, double Phi, double Gamma) GetEulerAngles() => QuaternionToEuler(EulerAxes, Orientation);

    /// <summary>Sets the vertical field of view in radians.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and π.</exception>
    public CameraFrame SetFieldOfView(double fieldOfView)
    {
        if (!(fieldOfView > 0 && fieldOfView < Math.PI))
            throw new ArgumentOutOfRangeException(nameof(fieldOfView), fieldOfView, "The field of view is in radians and must lie strictly between 0 and π.");
        FieldOfView = fieldOfView;
        return this;
    }

    /// <summary>Adds an updater that turns θ by <paramref name="angularSpeed"/> radians per second (1° by default).</summary>
    public CameraFrame AddAmbientRotation(double angularSpeed = Constants.Degrees)
    {
        AddUpdaterCore((m, dt) => ((CameraFrame)m).IncrementTheta(angularSpeed * dt), callNow: false);
        return this;
    }

    /// <summary>Camera-to-world rotation as a matrix (System.Numerics row-vector convention).</summary>
    public Matrix4x4 GetRotationMatrix() => Matrix4x4.CreateFromQuaternion(Orientation);

    /// <summary>As in ManimGL, rotating the frame turns the view (its orientation), not the frame's reference points.</summary>
    internal protected override void RotateCore(double angle, Vector3 axis, Vector3? aboutPoint, Vector3? aboutEdge) => RotateView(angle, axis);

    /// <summary>Turns the view by <paramref name="angle"/> radians about the world <paramref name="axis"/> (what <c>Rotate</c> does to a frame).</summary>
    public CameraFrame RotateView(double angle, Vector3 axis)
    {
        if (axis.LengthSquared() < 1e-12) throw new ArgumentException("The rotation axis must be non-zero.", nameof(axis));
        var turn = Quaternion.CreateFromAxisAngle(Vector3.Normalize(axis), (float)angle);
        // Concatenate(a, b) applies a first, then b: the old orientation, then the new turn in world space.
        Orientation = Quaternion.Normalize(Quaternion.Concatenate(Orientation, turn));
        return this;
    }

    /// <summary>Unit vector from the frame centre toward the camera.</summary>
    public Vector3 GetTowardCamera() => Vector3.Transform(Directions.Out, Orientation);

    /// <summary>Position of the camera's eye in world space.</summary>
    public Vector3 GetCameraPosition() => GetCenter() + GetTowardCamera() * (float)FocalDistance;

    /// <summary>Alias of <see cref="GetCameraPosition"/> (ManimGL's <c>get_implied_camera_location</c>).</summary>
    public Vector3 GetImpliedCameraLocation() => GetCameraPosition();

    // ---------------------------------------------------------------- Euler conventions

    /// <summary>The rotation R = A(θ)·Rx(φ)·Rz(γ), A = Rz for "zxz" and Ry for "zxy" (extrinsic, angles in radians).</summary>
    public static Quaternion EulerToQuaternion(string axes, double theta, double phi, double gamma)
    {
        var first = axes switch
        {
            "zxz" => Directions.Out,
            "zxy" => Directions.Up,
            _ => throw new ArgumentException($"Euler convention \"{axes}\" is not supported: use \"zxz\" or \"zxy\".", nameof(axes)),
        };
        // Quaternion products compose like matrices: (a * b) applies b first.
        var q = Quaternion.CreateFromAxisAngle(first, (float)theta)
                * Quaternion.CreateFromAxisAngle(Directions.Right, (float)phi)
                * Quaternion.CreateFromAxisAngle(Directions.Out, (float)gamma);
        return Quaternion.Normalize(q);
    }

    /// <summary>Decomposes a rotation into Euler angles (θ, φ, γ) in radians; see <see cref="GetEulerAngles"/>.</summary>
    public static (double Theta, double Phi, double Gamma) QuaternionToEuler(string axes, Quaternion orientation)
    {
        var q = Quaternion.Normalize(orientation);
        // Column-vector matrix entries R[row, col] in double precision.
        double x = q.X, y = q.Y, z = q.Z, w = q.W;
        double r00 = 1 - 2 * (y * y + z * z), r01 = 2 * (x * y - z * w), r02 = 2 * (x * z + y * w);
        double r10 = 2 * (x * y + z * w), r11 = 1 - 2 * (x * x + z * z), r12 = 2 * (y * z - x * w);
        double r20 = 2 * (x * z - y * w), r21 = 2 * (y * z + x * w), r22 = 1 - 2 * (x * x + y * y);
        const double Lock = 1e-6;
        switch (axes)
        {
            case "zxz":
            {
                double phi = Math.Acos(Math.Clamp(r22, -1, 1));
                double s = Math.Sqrt(r02 * r02 + r12 * r12);
                if (s < Lock)
                {
                    // φ = 0 or π: only θ ± γ is defined; report it all as θ, as ManimGL does.
                    return (Math.Atan2(r10, r00), r22 > 0 ? 0 : Math.PI, 0);
                }
                return (Math.Atan2(r02, -r12), phi, Math.Atan2(r20, r21));
            }
            case "zxy":
            {
                double phi = Math.Asin(Math.Clamp(-r12, -1, 1));
                double c = Math.Sqrt(r02 * r02 + r22 * r22);
                if (c < Lock) return (Math.Atan2(-r20, r00), phi, 0);
                return (Math.Atan2(r02, r22), phi, Math.Atan2(r10, r11));
            }
            default:
                throw new ArgumentException($"Euler convention \"{axes}\" is not supported: use \"zxz\" or \"zxy\".", nameof(axes));
        }
    }

    // ---------------------------------------------------------------- animation

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        if (start is not CameraFrame a || end is not CameraFrame b) return;
        FieldOfView = VectorMath.Lerp(a.FieldOfView, b.FieldOfView, alpha);
        EulerAxes = b.EulerAxes;
        if (alpha <= 0) { Orientation = a.Orientation; return; }
        if (alpha >= 1) { Orientation = b.Orientation; return; }
        // Each Euler angle travels the short way round, so an orbit keeps its elevation.
        var ea = QuaternionToEuler(b.EulerAxes, a.Orientation);
        var eb = QuaternionToEuler(b.EulerAxes, b.Orientation);
        Orientation = EulerToQuaternion(b.EulerAxes,
            LerpAngle(ea.Theta, eb.Theta, alpha), VectorMath.Lerp(ea.Phi, eb.Phi, alpha), LerpAngle(ea.Gamma, eb.Gamma, alpha));
    }

    private static double LerpAngle(double from, double to, double alpha)
    {
        double delta = Math.IEEERemainder(to - from, Constants.Tau);
        return from + delta * alpha;
    }

    /// <inheritdoc/>
    public override void AlignPointsWith(Mobject other)
    {
        // Frames always have the same five points.
    }
}
