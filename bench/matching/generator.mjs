// Seeded instance generator for the matching benchmark. Column form (typed arrays), no per-edge objects.
// Each founder/mentor pair is a candidate with probability `density` (Bernoulli, sampled by geometric skips),
// scores are uniform integers 1..maxScore, founders have capacity 1, mentors 1..maxMentorCapacity.

/** mulberry32: small, fast, deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateInstance({
  founders,
  mentors,
  density = 0.05,
  maxScore = 100,
  maxMentorCapacity = 5,
  seed = 1,
}) {
  const random = rng(seed);
  const founderCapacity = new Int32Array(founders).fill(1);
  const mentorCapacity = new Int32Array(mentors);
  for (let m = 0; m < mentors; m++) {
    mentorCapacity[m] = 1 + Math.floor(random() * maxMentorCapacity);
  }
  const expected = founders * mentors * density;
  let size = Math.ceil(expected + 6 * Math.sqrt(expected) + 1024);
  let edgeFounder = new Int32Array(size);
  let edgeMentor = new Int32Array(size);
  let edgeScore = new Int16Array(size);
  const logMiss = Math.log(1 - density);
  let count = 0;
  for (let f = 0; f < founders; f++) {
    let m = -1;
    for (;;) {
      m += 1 + Math.floor(Math.log(1 - random()) / logMiss);
      if (m >= mentors) {
        break;
      }
      if (count === size) {
        size *= 2;
        const grow = (a, Type) => {
          const b = new Type(size);
          b.set(a);
          return b;
        };
        edgeFounder = grow(edgeFounder, Int32Array);
        edgeMentor = grow(edgeMentor, Int32Array);
        edgeScore = grow(edgeScore, Int16Array);
      }
      edgeFounder[count] = f;
      edgeMentor[count] = m;
      edgeScore[count] = 1 + Math.floor(random() * maxScore);
      count++;
    }
  }
  return {
    founderCapacity,
    mentorCapacity,
    edgeFounder: edgeFounder.subarray(0, count),
    edgeMentor: edgeMentor.subarray(0, count),
    edgeScore: edgeScore.subarray(0, count),
  };
}
