namespace AnimLib.Pipeline;

/// <summary>Thrown by an output to end a scene run early (past the last animation asked for, or once a still is captured).</summary>
internal sealed class RenderStoppedException : Exception
{
    public RenderStoppedException() : base("The render stopped early, as asked.")
    {
    }
}
