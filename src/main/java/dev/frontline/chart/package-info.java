/** Charts for posts (JFreeChart), behind {@link dev.frontline.core.port.ChartMaker}. */
package dev.frontline.chart;
