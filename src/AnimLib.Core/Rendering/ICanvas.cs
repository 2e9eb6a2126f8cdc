using AnimLib.Display;

namespace AnimLib.Rendering;

/// <summary>A rasterizer: paints a <see cref="FrameSnapshot"/> into a <see cref="FrameBuffer"/>.</summary>
/// <remarks>Implementations know nothing about mobjects; everything they need is in the snapshot.</remarks>
public interface ICanvas : IDisposable
{
    /// <summary>Clears <paramref name="target"/> to the snapshot's background and paints every item in order.</summary>
    void Render(FrameSnapshot snapshot, FrameBuffer target);
}
