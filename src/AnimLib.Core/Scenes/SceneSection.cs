namespace AnimLib.Scenes;

/// <summary>A named part of a scene's timeline, started by <see cref="Scene.NextSection"/>.</summary>
/// <param name="Name">The section's name (file-name safe characters are used as given, others replaced).</param>
/// <param name="FirstSegment">Index of the first segment (play or wait) that belongs to the section.</param>
/// <param name="StartTime">Scene time in seconds at which the section starts.</param>
/// <param name="SkipAnimations">True when the section is to be left out of renders (as Manim's <c>skip_animations</c>).</param>
public sealed record SceneSection(string Name, int FirstSegment, double StartTime, bool SkipAnimations = false);
