using System.Numerics;
using AnimLib.Display;

namespace AnimLib.Mobjects;

/// <summary>
/// Where a mobject puts its display items while a frame is captured (<see cref="Mobject.AddOwnDisplayItems"/>), with what
/// it needs to make them. Every member refers to the mobject being captured: its projection (the camera's, or a fixed
/// frame's when it is fixed in frame), its place in the depth order, its name in errors.
/// </summary>
/// <remarks>
/// The capture implements it and keeps what spans the whole frame: the walk over families, the cameras, the order in
/// which items are painted (depth sorting of depth-tested pieces), the joining of surface quads into meshes, the light.
/// </remarks>
public interface IDisplayItemSink
{
    /// <summary>The projection of the mobject being captured to the frame's pixels.</summary>
    IPixelProjection Projection { get; }

    /// <summary>Pixels per unit of stroke width: widths are constant on screen, whatever the camera does.</summary>
    float StrokeScale { get; }

    /// <summary>
    /// <paramref name="color"/> lit by the scene's light with <paramref name="shading"/>, for a face with unit normal
    /// <paramref name="normal"/> (zero: unlit) at <paramref name="point"/>, seen from the camera's eye.
    /// </summary>
    Rgba Shade(Rgba color, Shading shading, Vector3 normal, Vector3 point);

    /// <summary>An array of exactly <paramref name="length"/> floats with unspecified contents, for an item to own.</summary>
    /// <remarks>It may be recycled with the frame, so it must not be kept beyond the item it is given to.</remarks>
    float[] NewArray(int length);

    /// <summary>The first <paramref name="length"/> values of <paramref name="array"/> (from <see cref="NewArray"/>) in an array of that length.</summary>
    float[] Shrink(float[] array, int length);

    /// <summary>
    /// Fails the frame when <paramref name="sumOfPoints"/> is NaN or infinite, naming the mobject: it is so exactly when
    /// one of the points is (barring overflow past 10^38), so one test per mobject suffices. Without it the canvas
    /// would drop the mobject's pieces and it would vanish without a word.
    /// </summary>
    void ThrowIfNotFinite(Vector3 sumOfPoints);

    /// <summary>
    /// Adds an item of the mobject being captured; <paramref name="distance"/> (from the camera's eye to the item's
    /// centre) places it among the frame's depth-tested pieces when the mobject is depth tested.
    /// </summary>
    void Add(DisplayItem item, float distance);

    /// <summary>
    /// Adds a vector path of the mobject being captured whose curves, before projection, are <paramref name="curvePoints"/>
    /// (four per curve, as <paramref name="item"/>'s). A stroke without fill of a depth-tested mobject is cut into short
    /// pieces that take their places in the depth order one by one, so the parts of a line behind a surface are hidden
    /// and the parts in front are not; anything else is added whole, as by <see cref="Add"/>.
    /// </summary>
    void AddStroke(VectorItem item, float distance, ReadOnlySpan<Vector3> curvePoints);

    /// <summary>
    /// Adds one quad of a surface; consecutive quads, after depth sorting, are joined into one <see cref="MeshItem"/>
    /// so that no seam shows between them.
    /// </summary>
    void AddQuad(in MeshQuad quad, float distance);
}
