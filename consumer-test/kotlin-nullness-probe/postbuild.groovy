// The probe's build failed (invoker.buildResult = failure): check that it failed exactly as
// Probe.kt's EXPECT comments say, one diagnostic a probe, and that no type is a platform type.
def log = new File(basedir, 'build.log').text
def expected = [:]
new File(basedir, 'src/main/kotlin/probe/Probe.kt').readLines().eachWithIndex { line, i ->
  def m = line =~ /^\S.*\/\/ EXPECT(-ERROR)? (.+)$/
  if (m) expected[i + 1] = m[0][1] ? m[0][2] : "Return type mismatch: expected 'Int', actual '${m[0][2]}'."
}
def seen = [:]
(log =~ /(?m)^\[ERROR\] \S*Probe\.kt:(\d+):\d+ (.+)$/).each { seen[it[1] as int] = it[2].trim() }
println "probe diagnostics: ${seen.size()} of ${expected.size()} expected"
assert expected.size() == 11 : "Probe.kt should hold 11 probes, found ${expected.size()}"
expected.each { line, message ->
  assert seen[line] == message : "Probe.kt:${line}: expected \"${message}\" but Kotlin said \"${seen[line]}\""
}
assert seen.keySet() == expected.keySet() : "unexpected diagnostics: ${seen.findAll { !expected.containsKey(it.key) }}"
assert !seen.values().any { it.contains('!') } : "a platform type (T!) leaked: ${seen}"
return true
