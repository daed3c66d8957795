package dev.frontline.app;
public class Main { public static void main(String[] a) {} }
