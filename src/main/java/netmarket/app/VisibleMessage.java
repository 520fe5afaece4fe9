package netmarket.app;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import netmarket.publish.SafeText;

/**
 * The log message with newlines, control characters and invisible marks shown visibly
 * ({@code %visibleMsg} in logback.xml): a file name or cell text written into a log line can never
 * start a line of its own.
 */
public final class VisibleMessage extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return SafeText.visible(super.convert(event));
    }
}
