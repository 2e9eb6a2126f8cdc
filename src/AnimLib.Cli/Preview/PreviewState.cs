using System.Text.Json.Serialization;

namespace AnimLib.Cli.Preview;

/// <summary>
/// What the page shows, as one immutable value sent to it whole on every change: the scene, the video of the last good
/// render with its timeline, and the error of the last attempt, if it failed.
/// </summary>
public sealed record PreviewState
{
    /// <summary>Rises with every change the page should see.</summary>
    [JsonPropertyName("version")] public int Version { get; init; }

    /// <summary>The scene shown (null before the first compile).</summary>
    [JsonPropertyName("scene")] public string? Scene { get; init; }

    /// <summary>Every scene of the project, for the chooser.</summary>
    [JsonPropertyName("scenes")] public IReadOnlyList<string> Scenes { get; init; } = [];

    /// <summary>The URL of the last good video (null until one is rendered).</summary>
    [JsonPropertyName("video")] public string? Video { get; init; }

    /// <summary>Frames per second of the video (a frame step is 1/fps).</summary>
    [JsonPropertyName("fps")] public double Fps { get; init; }

    /// <summary>The video's length in seconds.</summary>
    [JsonPropertyName("duration")] public double Duration { get; init; }

    /// <summary>One entry per play and wait, as <c>animlib render</c> logs them.</summary>
    [JsonPropertyName("animations")] public IReadOnlyList<TimelineAnimation> Animations { get; init; } = [];

    /// <summary>The scene's sections (there is always one).</summary>
    [JsonPropertyName("sections")] public IReadOnlyList<TimelineSection> Sections { get; init; } = [];

    /// <summary>Index of the first animation this render re-encoded (null when all came from the cache or none changed).</summary>
    [JsonPropertyName("firstChanged")] public int? FirstChanged { get; init; }

    /// <summary>True while a compile or render is under way.</summary>
    [JsonPropertyName("busy")] public bool Busy { get; init; }

    /// <summary>Why the last attempt failed; the video stays the last good one. Null when it succeeded.</summary>
    [JsonPropertyName("error")] public PreviewError? Error { get; init; }

    /// <summary>Timings and cache counters of the last good render.</summary>
    [JsonPropertyName("stats")] public PreviewStats? Stats { get; init; }
}

/// <summary>One play or wait of the timeline.</summary>
/// <param name="Index">0-based, as <c>--from-animation</c> counts.</param>
/// <param name="Name">The name <c>animlib render</c> logs, e.g. <c>Transform(Square)</c>.</param>
/// <param name="Start">Start time in the video, seconds.</param>
/// <param name="Duration">Length in seconds.</param>
/// <param name="Encoded">True when this render encoded it (false: reused from the partial-movie cache).</param>
public sealed record TimelineAnimation(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("duration")] double Duration,
    [property: JsonPropertyName("encoded")] bool Encoded);

/// <summary>A section marker.</summary>
/// <param name="Name">The name given to <c>NextSection</c>.</param>
/// <param name="Start">Start time in the video, seconds.</param>
/// <param name="FirstAnimation">Index of its first animation.</param>
public sealed record TimelineSection(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("firstAnimation")] int FirstAnimation);

/// <summary>A failed compile, load or <c>Construct</c>.</summary>
/// <param name="Kind"><c>compile</c>, <c>scene</c> (an exception while the scene ran) or <c>project</c>.</param>
/// <param name="Message">The summary line.</param>
/// <param name="Compile">The compiler errors (kind <c>compile</c>).</param>
/// <param name="Animation">Index of the animation the scene failed in (kind <c>scene</c>).</param>
/// <param name="AnimationName">Its name, when it had started.</param>
/// <param name="Location">Where in the scene's code it was raised (<c>File.cs:line N</c>), when known.</param>
public sealed record PreviewError(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("compile")] IReadOnlyList<CompileError> Compile,
    [property: JsonPropertyName("animation")] int? Animation = null,
    [property: JsonPropertyName("animationName")] string? AnimationName = null,
    [property: JsonPropertyName("location")] string? Location = null);

/// <summary>Timings and cache counters of one good render, as the bench reads them.</summary>
/// <param name="CompileMs">Compiling the sources.</param>
/// <param name="RenderMs">Dry run, rendering and joining.</param>
/// <param name="TotalMs">From the change being seen to the new state being published.</param>
/// <param name="Encoded">Animations encoded by this render.</param>
/// <param name="FromCache">Animations reused from the partial-movie cache.</param>
public sealed record PreviewStats(
    [property: JsonPropertyName("compileMs")] double CompileMs,
    [property: JsonPropertyName("renderMs")] double RenderMs,
    [property: JsonPropertyName("totalMs")] double TotalMs,
    [property: JsonPropertyName("encoded")] int Encoded,
    [property: JsonPropertyName("fromCache")] int FromCache);
