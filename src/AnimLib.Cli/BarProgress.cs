using AnimLib.Pipeline;
using Spectre.Console.Rendering;
using Spectre.Console;

namespace AnimLib.Cli;

/// <summary>Spectre.Console progress bars, one per animation: its name, frames done, frames per second and time left.</summary>
public sealed class BarProgress : IRenderProgress
{
    private readonly ProgressContext _context;
    private ProgressTask? _task;

    private BarProgress(ProgressContext context) => _context = context;

    /// <summary>Runs <paramref name="work"/> with bars shown on the console; returns its result.</summary>
    public static T Run<T>(Func<IRenderProgress, T> work) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new FramesColumn(),
                new FramesPerSecondColumn(), new RemainingTimeColumn())
            .Start(ctx => work(new BarProgress(ctx)));

    /// <inheritdoc/>
    public void SegmentStarted(SegmentInfo segment) =>
        _task = _context.AddTask(Describe(segment), maxValue: Math.Max(1, segment.FrameCount));

    /// <inheritdoc/>
    public void FramesDone(int framesDone)
    {
        if (_task is not null) _task.Value = framesDone;
    }

    /// <inheritdoc/>
    public void SegmentFinished(SegmentInfo segment, bool fromCache)
    {
        if (fromCache)
        {
            var cached = _context.AddTask(Describe(segment) + " [grey](cached)[/]", maxValue: Math.Max(1, segment.FrameCount));
            cached.Value = cached.MaxValue;
            cached.StopTask();
            return;
        }
        if (_task is null) return;
        _task.Value = _task.MaxValue;
        _task.StopTask();
        _task = null;
    }

    private static string Describe(SegmentInfo s)
    {
        string name = s.Name.Length > 40 ? s.Name[..39] + "…" : s.Name;
        return Markup.Escape($"[{s.Index}] {name}");
    }

    private sealed class FramesColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text($"{task.Value:0}/{task.MaxValue:0} frames");
    }

    private sealed class FramesPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } speed ? $"{speed:0.0} fps" : "    ");
    }
}
