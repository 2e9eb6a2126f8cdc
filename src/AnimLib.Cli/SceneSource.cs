namespace AnimLib.Cli;

/// <summary>One scene assembly of a <see cref="SceneCatalog"/> and the scenes it supplies.</summary>
/// <param name="Path">The path it was loaded from, as given.</param>
/// <param name="FromVariable">True when only <see cref="SceneAssemblyVariable"/> named it (not <c>--assembly</c> or the project here).</param>
/// <param name="Names">Its scenes' names, sorted.</param>
public sealed record SceneSource(string Path, bool FromVariable, IReadOnlyList<string> Names);
