using System.Numerics;
using AnimLib.Mobjects;

namespace AnimLib.Cameras;

/// <summary>
/// What a scene is seen through: the <see cref="CameraFrame"/> (position, zoom and view direction) and the light source
/// that shades mobjects with <c>SetShading</c>.
/// </summary>
public sealed class Camera
{
    /// <summary>Default position of the light: up, left and in front of the scene, as in ManimGL.</summary>
    public static readonly Vector3 DefaultLightPosition = new(-10, 10, 10);

    /// <summary>Creates a camera around <paramref name="frame"/> with the light at <see cref="DefaultLightPosition"/>.</summary>
    public Camera(CameraFrame frame)
    {
        Frame = frame;
        LightSource = new Mobject { Points = [DefaultLightPosition] };
    }

    /// <summary>The camera frame (a mobject: move, scale, reorient or animate it to move the camera).</summary>
    public CameraFrame Frame { get; }

    /// <summary>The light: a one-point mobject, so <c>LightSource.SetZ(15)</c> or <c>MoveTo</c> place it.</summary>
    public Mobject LightSource { get; }

    /// <summary>The light's position in world space.</summary>
    public Vector3 LightPosition => LightSource.Points.Length > 0 ? LightSource.Points[0] : DefaultLightPosition;
}
