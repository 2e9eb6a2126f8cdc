using System.Numerics;
using AnimLib.Cameras;
using AnimLib.Display;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Capture;

/// <summary>
/// Walks mobjects in draw order and has every member add its projected display items (vector paths, surface quads, dot
/// clouds, images: see <see cref="Mobject.AddOwnDisplayItems"/>). Provides the camera's perspective and the light
/// source, orders the items by depth and joins surface quads into meshes.
/// </summary>
/// <remarks>
/// Depth test is a painter's algorithm: consecutive depth-tested pieces (family members, surface quads, whole dot clouds
/// and images), across top-level mobjects, are painted from the farthest to the nearest (distance of their centroid to the
/// camera's eye); a piece without depth test is painted where it comes in scene order, as in ManimGL. Fixed-in-frame
/// pieces are projected through a default frame and never depth sorted.
/// </remarks>
public static partial class SnapshotBuilder
{
    /// <summary>Builds the display list of <paramref name="mobjects"/> (top-level, in draw order) seen through <paramref name="frame"/>, lit from the default light position.</summary>
    public static FrameSnapshot Build(IEnumerable<Mobject> mobjects, CameraFrame frame, FrameFormat settings) =>
        Build(mobjects, new Camera(frame), settings);

    /// <summary>Builds the display list of <paramref name="mobjects"/> (top-level, in draw order) seen through <paramref name="camera"/>.</summary>
    public static FrameSnapshot Build(IEnumerable<Mobject> mobjects, Camera camera, FrameFormat settings) =>
        Build(mobjects, camera, settings, null);

    /// <summary>
    /// Builds a display list whose arrays are rented from <paramref name="pool"/> (when not null): the snapshot's owner
    /// recycles them once the frame is rasterized (see <see cref="FrameSnapshot.Recycle"/>).
    /// </summary>
    /// <exception cref="NonFiniteCoordinatesException">A visible mobject or the camera frame has NaN or infinite coordinates.</exception>
    internal static FrameSnapshot Build(IEnumerable<Mobject> mobjects, Camera camera, FrameFormat settings, DisplayArrayPool? pool)
    {
        // A NaN in the frame would project every point to NaN: the whole picture would vanish.
        if (!IsFinite(VectorMath.Sum(camera.Frame.Points)) || !IsFinite(camera.Frame.Orientation))
            throw new NonFiniteCoordinatesException(camera.Frame, null);
        var projection = new Projection(camera.Frame, settings.PixelWidth, settings.PixelHeight);
        var fixedFrame = new CameraFrame(settings.FrameWidth, Constants.FrameHeight);
        var context = new Context(
            projection,
            new Projection(fixedFrame, settings.PixelWidth, settings.PixelHeight),
            camera.LightPosition,
            // Stroke widths are constant on screen: width w is 0.01·w scene units at the default 8-unit frame height.
            0.01f * settings.PixelHeight / (float)Constants.FrameHeight,
            settings.PixelHeight,
            pool);
        // One pre-order walk with one set for the whole frame, in the order GetFamily gives: GetFamily per top-level
        // mobject allocated a list and a set for each (hundreds per frame for a grid of dots).
        var seen = new HashSet<Mobject>(ReferenceEqualityComparer.Instance);
        foreach (var top in mobjects)
        {
            context.TopLevel = top;
            Walk(top);
        }
        context.FlushRun();

        void Walk(Mobject member)
        {
            if (!seen.Add(member)) return;
            context.Begin(member);
            member.AddOwnDisplayItems(context);
            foreach (var child in member.Submobjects) Walk(child);
        }
        var bg = settings.Background;
        return new FrameSnapshot
        {
            PixelWidth = settings.PixelWidth,
            PixelHeight = settings.PixelHeight,
            Background = new Rgba(bg.R, bg.G, bg.B, (float)Math.Clamp(settings.BackgroundOpacity, 0, 1)),
            Items = context.Items,
            Pool = pool,
        };
    }

    // ---------------------------------------------------------------- finiteness

    private static bool IsFinite(Vector3 v) => float.IsFinite(v.X) && float.IsFinite(v.Y) && float.IsFinite(v.Z);

    private static bool IsFinite(Quaternion q) => float.IsFinite(q.X) && float.IsFinite(q.Y) && float.IsFinite(q.Z) && float.IsFinite(q.W);

    // ---------------------------------------------------------------- shading

    /// <summary>
    /// ManimGL's lighting: brightness b = reflectiveness·max(d, 0) + gloss·exp(−3(1 − r·toC)²) with d = toL·N and r the
    /// light reflected about N; the colour moves toward white by b, then toward black by −d·shadow where d &lt; 0.
    /// </summary>
    private static Rgba Shade(Rgba color, Shading shading, Vector3 normal, Vector3 point, Vector3 light, Vector3 eye)
    {
        if (normal == Vector3.Zero) return color;
        var toLight = VectorMath.Normalize(light - point, Directions.Out);
        var toCamera = VectorMath.Normalize(eye - point, Directions.Out);
        float d = Vector3.Dot(toLight, normal);
        var reflected = -toLight + 2 * d * normal;
        float specular = 1 - Vector3.Dot(reflected, toCamera);
        double b = shading.Reflectiveness * Math.Max(d, 0) + shading.Gloss * Math.Exp(-3 * specular * specular);
        float t = (float)Math.Clamp(b, 0, 1);
        float r = color.R + (1 - color.R) * t, g = color.G + (1 - color.G) * t, bl = color.B + (1 - color.B) * t;
        if (d < 0)
        {
            float dark = (float)Math.Clamp(-d * shading.Shadow, 0, 1);
            r *= 1 - dark;
            g *= 1 - dark;
            bl *= 1 - dark;
        }
        return new Rgba(r, g, bl, color.A);
    }
}
