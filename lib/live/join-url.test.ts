import { describe, expect, it } from 'vitest';
import { joinUrl, lanAddress } from './join-url';

const lan = { lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true }], eth0: [{ address: 'fe80::1', family: 'IPv6', internal: false }, { address: '192.168.1.20', family: 'IPv4', internal: false }] };

describe('joinUrl', () => {
  it('replaces localhost with the machine’s LAN address, keeping the port', () => {
    expect(joinUrl('K7QX2M', { host: 'localhost:3000', interfaces: lan })).toBe('http://192.168.1.20:3000/join?code=K7QX2M');
    expect(joinUrl('K7QX2M', { host: '127.0.0.1:3304', interfaces: lan })).toBe('http://192.168.1.20:3304/join?code=K7QX2M');
  });

  it('keeps a host the browser already reached from the network', () => {
    expect(joinUrl('K7QX2M', { host: 'class.example.org', proto: 'https', interfaces: lan })).toBe('https://class.example.org/join?code=K7QX2M');
  });

  it('honours a configured public URL', () => {
    expect(joinUrl('K7QX2M', { publicUrl: 'https://live.school.example/', host: 'localhost:3000', interfaces: lan })).toBe('https://live.school.example/join?code=K7QX2M');
  });

  it('stays on localhost when the machine has no network', () => {
    expect(joinUrl('K7QX2M', { host: 'localhost:3000', interfaces: { lo: lan.lo } })).toBe('http://localhost:3000/join?code=K7QX2M');
  });
});

describe('lanAddress', () => {
  it('prefers a private IPv4 address', () => {
    expect(lanAddress({ a: [{ address: '8.8.4.4', family: 'IPv4', internal: false }], b: [{ address: '10.0.0.5', family: 4, internal: false }] })).toBe('10.0.0.5');
  });
});
