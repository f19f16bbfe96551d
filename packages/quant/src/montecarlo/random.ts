/**
 * Random numbers for the Monte Carlo engine, reproducible per path whatever the thread count.
 *
 * - Each path p has its own stream: xoshiro128** (Blackman & Vigna 2018; period 2¹²⁸ − 1, passes
 *   BigCrush), its 128-bit state drawn from SplitMix64 (Steele, Lea & Flood 2014) started at
 *   seed·φ⁶⁴ + p, so a path's numbers depend on (seed, p) only. xoshiro128** rather than the
 *   64-bit xoshiro256**: JavaScript has native 32-bit integer arithmetic (Math.imul) but 64-bit
 *   only through BigInt, which is about ten times slower in the inner loop. With 10⁴ streams of
 *   ~10⁴ draws at random points of a 2¹²⁸ cycle, the chance that two overlap is below 10⁻²⁵.
 * - Normals: the ziggurat of Marsaglia & Tsang (2000) with 256 layers, laid out as numpy's
 *   Generator does it (Doornik 2005's fix): the layer index and sign come from bits other than
 *   the 52-bit magnitude, so index and value are not correlated.
 * - Uniforms in [0, 1): 53 bits from two 32-bit outputs.
 */

const MASK64 = (1n << 64n) - 1n;
const GOLDEN = 0x9e3779b97f4a7c15n;

function mix64(z: bigint): bigint {
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/** The xoshiro128** state of path `path` under `seed`, written into `state` (4 × int32). */
export function seedStream(state: Int32Array, seed: number, path: number): void {
  let s = (BigInt(seed) * GOLDEN + BigInt(path)) & MASK64;
  for (let k = 0; k < 4; k += 2) {
    s = (s + GOLDEN) & MASK64;
    const word = mix64(s);
    state[k] = Number(word & 0xffffffffn) | 0;
    state[k + 1] = Number(word >> 32n) | 0;
  }
  // An all-zero state is the one xoshiro cannot leave.
  if ((state[0]! | state[1]! | state[2]! | state[3]!) === 0) state[0] = 1;
}

/** The next 32-bit output (as int32) of a xoshiro128** state, advancing it. */
export function nextInt32(state: Int32Array): number {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  const r = Math.imul(b, 5);
  const out = Math.imul((r << 7) | (r >>> 25), 9);
  const t = b << 9;
  c ^= a;
  d ^= b;
  b ^= c;
  a ^= d;
  c ^= t;
  d = (d << 11) | (d >>> 21);
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
  return out;
}

const TWO_POW_26 = 67108864;
const TWO_POW_53 = 9007199254740992;

/** A uniform double in [0, 1) with 53 random bits. */
export function nextUniform(state: Int32Array): number {
  const high = nextInt32(state) >>> 5;
  const low = nextInt32(state) >>> 6;
  return (high * TWO_POW_26 + low) / TWO_POW_53;
}

// Ziggurat tables for 256 layers (Marsaglia & Tsang's zigset with R and V for 256 layers, scaled
// to a 52-bit magnitude as numpy's ki_double/wi_double/fi_double are).
const R = 3.6541528853610088;
const INV_R = 1 / R;
const V = 0.00492867323399;
const ki = new Float64Array(256);
const wi = new Float64Array(256);
const fi = new Float64Array(256);
{
  const m = 2 ** 52;
  let dn = R;
  let tn = dn;
  const q = V / Math.exp(-0.5 * dn * dn);
  ki[0] = (dn / q) * m;
  ki[1] = 0;
  wi[0] = q / m;
  wi[255] = dn / m;
  fi[0] = 1;
  fi[255] = Math.exp(-0.5 * dn * dn);
  for (let i = 254; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    ki[i + 1] = (dn / tn) * m;
    tn = dn;
    fi[i] = Math.exp(-0.5 * dn * dn);
    wi[i] = dn / m;
  }
}

/** Normal draws that missed the ziggurat's rectangles: the wedges and the tail (≈1.2% of draws). */
function slowNormal(state: Int32Array, idx: number, x: number, negative: boolean): number | null {
  if (idx === 0) {
    for (;;) {
      const xx = -INV_R * Math.log1p(-nextUniform(state));
      const yy = -Math.log1p(-nextUniform(state));
      if (yy + yy > xx * xx) return negative ? -(R + xx) : R + xx;
    }
  }
  if ((fi[idx - 1]! - fi[idx]!) * nextUniform(state) + fi[idx]! < Math.exp(-0.5 * x * x)) {
    return negative ? -x : x;
  }
  return null;
}

/**
 * Writes `count` standard normals into out[offset …]. The fast path keeps the generator state in
 * locals (this loop is most of a simulation's random-number cost).
 */
export function fillNormals(
  state: Int32Array,
  out: Float64Array,
  offset: number,
  count: number,
): void {
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  const end = offset + count;
  for (let k = offset; k < end;) {
    let r = Math.imul(b, 5);
    const lo = Math.imul((r << 7) | (r >>> 25), 9);
    let t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    r = Math.imul(b, 5);
    const hi = Math.imul((r << 7) | (r >>> 25), 9);
    t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = (d << 11) | (d >>> 21);
    // 64 bits as numpy uses them: bits 0–7 layer, bit 8 sign, bits 9–60 magnitude.
    const idx = lo & 0xff;
    const magnitude = (hi & 0x1fffffff) * 8388608 + (lo >>> 9);
    const x = magnitude * wi[idx]!;
    if (magnitude < ki[idx]!) {
      // ±1 from bit 8 by arithmetic: a branch on a random sign mispredicts half the time.
      out[k++] = x * (1 - ((lo >>> 7) & 2));
      continue;
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    const slow = slowNormal(state, idx, x, (lo & 0x100) !== 0);
    a = state[0]!;
    b = state[1]!;
    c = state[2]!;
    d = state[3]!;
    if (slow !== null) out[k++] = slow;
  }
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
}
